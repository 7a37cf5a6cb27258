/** fontverter ships no types; the tests use its one conversion function. */
declare module "fontverter" {
  const fontverter: {
    convert(font: Buffer, to: "sfnt" | "woff" | "woff2" | "truetype"): Promise<Buffer>;
  };
  export default fontverter;
}
