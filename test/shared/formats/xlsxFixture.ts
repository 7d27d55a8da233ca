/**
 * Builds small XLSX workbooks (zip archives) for tests: each file stored or deflated with the
 * platform's CompressionStream. CRCs are left 0: the reader under test does not rely on them.
 */
export interface ZipFile {
  name: string;
  text: string;
  deflate?: boolean;
  /** Declare a different uncompressed size than the real one (a lying entry). */
  declaredSize?: number;
}

async function deflateRaw(data: Uint8Array): Promise<Uint8Array> {
  // A ReadableStream of the one chunk rather than Blob.stream(): the same in browsers, workers,
  // Node and jsdom.
  const source = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      controller.enqueue(data.slice());
      controller.close();
    },
  });
  const stream = source.pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function buildZip(files: ZipFile[]): Promise<Uint8Array> {
  const out: number[] = [];
  const central: number[] = [];
  const u16 = (to: number[], n: number) => to.push(n & 0xff, (n >>> 8) & 0xff);
  const u32 = (to: number[], n: number) => {
    u16(to, n & 0xffff);
    u16(to, (n >>> 16) & 0xffff);
  };
  for (const file of files) {
    const name = new TextEncoder().encode(file.name);
    const raw = new TextEncoder().encode(file.text);
    const data = file.deflate ? await deflateRaw(raw) : raw;
    const method = file.deflate ? 8 : 0;
    const size = file.declaredSize ?? raw.length;
    const offset = out.length;
    u32(out, 0x04034b50);
    u16(out, 20);
    u16(out, 0);
    u16(out, method);
    u16(out, 0);
    u16(out, 0);
    u32(out, 0);
    u32(out, data.length);
    u32(out, size);
    u16(out, name.length);
    u16(out, 0);
    out.push(...name, ...data);

    u32(central, 0x02014b50);
    u16(central, 20);
    u16(central, 20);
    u16(central, 0);
    u16(central, method);
    u16(central, 0);
    u16(central, 0);
    u32(central, 0);
    u32(central, data.length);
    u32(central, size);
    u16(central, name.length);
    u16(central, 0);
    u16(central, 0);
    u16(central, 0);
    u16(central, 0);
    u32(central, 0);
    u32(central, offset);
    central.push(...name);
  }
  const cdOffset = out.length;
  out.push(...central);
  u32(out, 0x06054b50);
  u16(out, 0);
  u16(out, 0);
  u16(out, files.length);
  u16(out, files.length);
  u32(out, central.length);
  u32(out, cdOffset);
  u16(out, 0);
  return Uint8Array.from(out);
}

const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<workbookPr/><sheets><sheet name="Measurements" sheetId="1" r:id="rId1"/></sheets></workbook>';
const RELS =
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '</Relationships>';
const STYLES =
  '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts>' +
  '<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>' +
  '<xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="2"/></cellXfs></styleSheet>';
const STRINGS =
  '<sst count="6" uniqueCount="6"><si><t>Pilot</t></si><si><t>Metric</t></si><si><t>Date</t></si>' +
  '<si><t>Value</t></si><si><r><t>Invoice </t></r><r><rPr><b/></rPr><t>triage &amp; co</t></r></si>' +
  '<si><t xml:space="preserve">Cycle time_x000D_</t></si></sst>';

/** A measurements workbook: header, a date-styled row, a custom-date row, a gap, an inline string. */
export function measurementSheet(dimension = 'A1:E6'): string {
  return (
    `<worksheet><dimension ref="${dimension}"/><sheetData>` +
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>' +
    '<row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="s"><v>5</v></c><c r="C2" s="1"><v>46053</v></c><c r="D2" s="3"><v>1234.5</v></c></row>' +
    '<row r="3"><c r="A3" t="s"><v>4</v></c><c r="B3" t="s"><v>5</v></c><c r="C3" s="2"><v>46054.75</v></c><c r="D3"><v>-0.25</v></c><c r="E3" t="inlineStr"><is><t>a &lt;note&gt;</t></is></c></row>' +
    '<row r="6"><c r="A6" t="str"><v>Claims</v></c><c r="B6" t="b"><v>1</v></c><c r="C6" t="s"><v>2</v></c><c r="D6" t="e"><v>#N/A</v></c></row>' +
    '</sheetData></worksheet>'
  );
}

export function workbook(sheet: string, deflate = false): Promise<Uint8Array> {
  return buildZip([
    { name: '[Content_Types].xml', text: '<Types/>', deflate },
    { name: 'xl/workbook.xml', text: WORKBOOK, deflate },
    { name: 'xl/_rels/workbook.xml.rels', text: RELS, deflate },
    { name: 'xl/styles.xml', text: STYLES, deflate },
    { name: 'xl/sharedStrings.xml', text: STRINGS, deflate },
    { name: 'xl/worksheets/sheet1.xml', text: sheet, deflate },
  ]);
}
