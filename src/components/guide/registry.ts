/**
 * The component that renders each guide section. The section ids, their order and when
 * each is shown live in src/lib/sections.ts; their values come from src/lib/pages/guide.ts.
 */
import type { GuideSection } from '../../lib/sections.ts';
import AdminVoices from './AdminVoices.astro';
import Badge from './Badge.astro';
import BottomLine from './BottomLine.astro';
import Challenges from './Challenges.astro';
import Constraints from './Constraints.astro';
import DecisionTable from './DecisionTable.astro';
import GuideFooter from './GuideFooter.astro';
import GuideHeader from './GuideHeader.astro';
import History from './History.astro';
import IdpConfiguration from './IdpConfiguration.astro';
import IdpMatrix from './IdpMatrix.astro';
import ManualCost from './ManualCost.astro';
import PriceJump from './PriceJump.astro';
import PricingTable from './PricingTable.astro';
import QuickFacts from './QuickFacts.astro';
import RelatedApps from './RelatedApps.astro';
import SummarySection from './SummarySection.astro';
import TechSpecs from './TechSpecs.astro';
import UpgradeIncludes from './UpgradeIncludes.astro';

// Astro components are typed loosely; each receives `data` of its own section's shape.
export const SECTION_COMPONENTS: Record<GuideSection, (props: { data: never }) => unknown> = {
  header: GuideHeader,
  summary: SummarySection,
  'quick-facts': QuickFacts,
  'idp-matrix': IdpMatrix,
  'manual-cost': ManualCost,
  pricing: PricingTable,
  'price-jump': PriceJump,
  constraints: Constraints,
  challenges: Challenges,
  upgrade: UpgradeIncludes,
  'admins-say': AdminVoices,
  decision: DecisionTable,
  'bottom-line': BottomLine,
  'tech-specs': TechSpecs,
  configuration: IdpConfiguration,
  history: History,
  badge: Badge,
  footer: GuideFooter,
  related: RelatedApps,
};
