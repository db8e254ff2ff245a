import type writeXlsxFile from 'write-excel-file/node';
import {
  findElement,
  getOrderOfSiblings,
  getSelfClosingTagMarkup,
  insertElementMarkupAccordingToOrderOfSiblings,
  replaceElement,
  sanitizeTextContent,
} from 'write-excel-file/utility';

const SHEET = 'xl/worksheets/sheet{id}.xml';

// the writer's own feature type (its file-content type differs between DOM and Node typings)
type Feature = NonNullable<NonNullable<Parameters<typeof writeXlsxFile>[1]>['features']>[number];

/**
 * Print setup write-excel-file has no option for, through its documented feature hooks: each sheet fits
 * one page wide (as many pages tall as it needs) and repeats its title and header rows on every page.
 * Landscape A4 itself is the library's `orientation` option, which writes the <pageSetup> extended here.
 */
export function printSetup(sheets: readonly { name: string; titleRows: number }[]): Feature {
  const titles = sheets.map(
    (s, i) =>
      `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${sanitizeTextContent(
        `'${s.name.replace(/'/g, "''")}'!$1:$${s.titleRows}`,
      )}</definedName>`,
  );
  return {
    files: {
      transform: {
        [SHEET]: {
          transformElementAttributes: (tagName, attributes) =>
            tagName === 'pageSetup' ? { ...attributes, fitToWidth: 1, fitToHeight: 0 } : attributes,
          transform: (xml) =>
            insertElementMarkupAccordingToOrderOfSiblings(
              xml,
              `<sheetPr>${getSelfClosingTagMarkup('pageSetUpPr', { fitToPage: 1 })}</sheetPr>`,
              getOrderOfSiblings(SHEET, 'worksheet') ?? [],
              'worksheet',
            ),
        },
        'xl/workbook.xml': {
          transform: (xml) => {
            const names = findElement(xml, 'definedNames');
            const markup = `<definedNames>${titles.join('')}</definedNames>`;
            return names
              ? replaceElement(xml, names, markup)
              : insertElementMarkupAccordingToOrderOfSiblings(
                  xml,
                  markup,
                  getOrderOfSiblings('xl/workbook.xml', 'workbook') ?? [],
                  'workbook',
                );
          },
        },
      },
    },
  };
}
