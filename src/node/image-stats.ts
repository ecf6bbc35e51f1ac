/**
 * How much work this build spent on social images. The images are drawn inside Astro's
 * page bundle and reported by an integration in the config, two module graphs that share
 * only the process, hence a global.
 */
export interface SocialImageStats {
  /** Summed duration of every image request, in ms (several run at once). */
  ms: number;
  rendered: number;
  cached: number;
  /** Cards drawn with the whole fonts because a character fell outside the subset. */
  wholeFonts: number;
}

export function socialImageStats(): SocialImageStats {
  const shared = globalThis as { __scimSocialImages?: SocialImageStats };
  shared.__scimSocialImages ??= { ms: 0, rendered: 0, cached: 0, wholeFonts: 0 };
  return shared.__scimSocialImages;
}
