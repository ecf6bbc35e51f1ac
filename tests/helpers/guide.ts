/**
 * The catalog context and the complete ("deep") sample entry the guide derivations are
 * tested with: sections, challenges, the app view and quick facts, in the sample context
 * (tests/helpers/views.ts) with its first category named "Analytics".
 */
import { idpNamer, type CatalogContext } from '../../src/lib/app-view.ts';
import { app, flatWithEstimate } from './apps.ts';
import { sampleContext } from './views.ts';

export const context: CatalogContext = sampleContext('Analytics');
export const idpName = idpNamer(context.idps);

export const deep = () =>
  app({
    ...flatWithEstimate(),
    summary: 'A summary. With two sentences.',
    sso: { availability: 'available', protocols: ['saml'], plan: 'Enterprise' },
    idps: [
      { idp: 'okta', sso: 'full', scim: 'full' },
      { idp: 'entra-id', sso: 'full', scim: 'jit' },
    ],
    configuration: [{ idp: 'okta', integrationType: 'Custom app' }],
    limitations: [{ title: 'A limit', detail: 'Details.' }],
    bundledFeatures: ['SCIM'],
    complaints: ['Too dear'],
    decision: [{ situation: 'Small team', recommendation: 'manual', why: 'Cheap.' }],
    bottomLine: 'In short.',
    related: ['other'],
  });
