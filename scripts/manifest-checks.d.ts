/** Problems found in a manifest's XML text (empty when it passes). */
export function checkManifest(xml: string): string[];
