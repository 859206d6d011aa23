/** @docusaurus/Head: writes to the document head, so nothing where it stands. */
export default function Head(): null {
  return null;
}
