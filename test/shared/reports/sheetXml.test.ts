import { describe, expect, it } from 'vitest';
import {
  columnName,
  columnStyles,
  excelSerial,
  sheetRowsXml,
  splitSheetXml,
  xmlText,
} from '@shared/reports/sheetXml';

describe('sheet XML written directly', () => {
  it('names columns as spreadsheets do', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('counts dates as Excel does: 1970-01-01 is day 25,569, 2026-03-01 day 46,082', () => {
    expect(excelSerial(new Date(Date.UTC(1970, 0, 1)))).toBe(25_569);
    expect(excelSerial(new Date(Date.UTC(2026, 2, 1)))).toBe(46_082);
  });

  it('escapes markup and drops characters XML cannot carry, keeping emoji and RTL text', () => {
    expect(xmlText('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
    expect(xmlText('x\u0000y\u0007z\tok\n')).toBe('xyz\tok\n');
    expect(xmlText('lone \uD800 surrogate')).toBe('lone  surrogate');
    expect(xmlText('🚀 مرحبا')).toBe('🚀 مرحبا');
  });

  it('writes typed cells with their column styles, numbered from the first data row', () => {
    const chunks = [
      ...sheetRowsXml(
        [
          ['Pilot <1>', new Date(Date.UTC(2026, 2, 1)), 1.5, null],
          ["'=1+1", new Date(Date.UTC(2026, 2, 2)), -2, true],
        ],
        [undefined, 4, 5, undefined],
        2,
        1,
      ),
    ];
    expect(chunks).toEqual([
      '<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">Pilot &lt;1&gt;</t></is></c>' +
        '<c r="B2" s="4"><v>46082</v></c><c r="C2" s="5"><v>1.5</v></c></row>',
      '<row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve">\'=1+1</t></is></c>' +
        '<c r="B3" s="4"><v>46083</v></c><c r="C3" s="5"><v>-2</v></c><c r="D3" t="b"><v>1</v></c></row>',
    ]);
  });

  it('reads each column’s style from <cols> and cuts the sheet where rows go', () => {
    const xml =
      '<worksheet><dimension ref="A1:C1"/><cols><col min="1" max="1" width="20"/>' +
      '<col min="2" max="3" width="12" style="7"/></cols><sheetData><row r="1"/></sheetData>' +
      '<autoFilter ref="A1:C1"/></worksheet>';
    expect(columnStyles(xml, 3)).toEqual([undefined, 7, 7]);
    const { head, tail } = splitSheetXml(xml, 3, 1_000_001);
    expect(head).toBe(
      '<worksheet><dimension ref="A1:C1000001"/><cols><col min="1" max="1" width="20"/>' +
        '<col min="2" max="3" width="12" style="7"/></cols><sheetData><row r="1"/>',
    );
    expect(tail).toBe('</sheetData><autoFilter ref="A1:C1"/></worksheet>');
    expect(() => splitSheetXml('<worksheet/>', 1, 1)).toThrow(/no <sheetData>/);
  });
});
