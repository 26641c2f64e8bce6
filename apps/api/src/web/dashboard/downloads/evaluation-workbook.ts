import type { PilotEvaluation, Yardstick } from '../../api/api-types';
import { labelOf } from '../../i18n/labels';
import type { Messages } from '../../i18n/messages.nl';

/**
 * The pilot's evaluation as an Excel workbook: one row per yardstick per scope, the same rows
 * as the CSV export, with the yardstick's name and direction in words beside its id; the
 * evaluators' findings on a second sheet.
 */
export async function evaluationWorkbook(evaluation: PilotEvaluation, t: Messages): Promise<Buffer> {
  // Loaded on the first download, not at startup: exceljs and its zip libraries hold ~8 MB of
  // V8 heap for as long as the process lives, and V8 sizes its heap by what stays live.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = t.common.siteName;
  const sheet = workbook.addWorksheet(t.dashboard.yardstick);
  sheet.columns = [
    { header: 'scope', key: 'scope', width: 14 },
    { header: 'scopeId', key: 'scopeId', width: 38 },
    { header: 'metric', key: 'metric', width: 40 },
    { header: t.dashboard.yardstick, key: 'label', width: 50 },
    { header: t.dashboard.direction, key: 'direction', width: 16 },
    { header: 'value', key: 'value', width: 10 },
    { header: 'target', key: 'target', width: 10 },
    { header: 'met', key: 'met', width: 8 },
  ];
  const add = (scope: string, scopeId: string, yardsticks: readonly Yardstick[]): void => {
    for (const y of yardsticks) {
      sheet.addRow({
        scope,
        scopeId,
        metric: y.metric,
        label: labelOf(t.labels.yardstick, y.metric),
        direction: labelOf(t.labels.yardstickDirection, y.direction),
        value: y.value,
        target: y.target ?? null,
        met: y.met ?? null,
      });
    }
  };
  add('total', evaluation.pilotId, evaluation.total);
  for (const body of evaluation.perBody) add('body', body.bodyId, body.yardsticks);
  for (const municipality of evaluation.perMunicipality)
    add('municipality', municipality.municipalityCode, municipality.yardsticks);
  sheet.getRow(1).font = { bold: true };
  const findings = workbook.addWorksheet(t.dashboard.findingsHeading);
  findings.columns = [
    { header: t.dashboard.findingTopic, key: 'topic', width: 36 },
    { header: t.dashboard.finding, key: 'finding', width: 80 },
    { header: t.dashboard.findingRecordedOn, key: 'recordedOn', width: 14 },
  ];
  for (const f of evaluation.findings) {
    findings.addRow({
      topic: labelOf(t.labels.evaluationTopic, f.topic),
      finding: f.finding,
      recordedOn: f.recordedOn,
    });
  }
  findings.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
