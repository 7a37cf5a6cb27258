/** Site-wide names, shared by the layout, feeds and share images. */
export const SITE_NAME = "Moodtrack";
export const SITE_TAGLINE = "Find your first K-drama through its soundtrack.";
export const SITE_DESCRIPTION =
  "Pick how you want to feel and Moodtrack finds the K-drama whose songs carry that feeling: longing, heart-flutter, healing, tension and more.";
