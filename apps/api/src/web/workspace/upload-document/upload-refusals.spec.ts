import { nl } from '../../i18n/messages.nl';
import { uploadRefusal } from './upload-refusals';
import { uploadWords } from './upload-words';

const words = uploadWords('nl');
const refusal = (problem: Parameters<typeof uploadRefusal>[0], fields = ['kind', 'sessionId']) =>
  uploadRefusal(problem, fields, words, nl, '20 MB');

describe("an upload's refusals on the page", () => {
  it('puts a file the API judged no PDF, ODT or DOCX beside the file field', () => {
    expect(refusal({ type: 'about:blank', title: 'Unsupported Media Type', status: 415, detail: 'x' })).toEqual({
      file: words.refused.wrongType,
    });
  });

  it('puts a file beyond the limit beside the file field, with the limit', () => {
    expect(refusal({ type: 'about:blank', title: 'Payload Too Large', status: 413, detail: 'x' })).toEqual({
      file: 'Dit bestand is te groot. Een document is ten hoogste 20 MB.',
    });
  });

  it('puts an empty file beside the file field', () => {
    const problem = {
      type: 'about:blank',
      title: 'Bad Request',
      status: 400,
      detail: 'x',
      code: 'REQUEST.INVALID',
      invalidParams: [{ name: 'file', reason: 'The file is empty.' }],
    };
    expect(refusal(problem)).toEqual({ file: words.refused.empty });
  });

  it("words the domain's refusal in Dutch beside the field it is about", () => {
    const problem = {
      type: 'about:blank',
      title: 'Unprocessable Content',
      status: 422,
      detail: 'Minutes name a session held at this table.',
      code: 'TEMPORARY_TABLE.SESSION_UNKNOWN',
    };
    expect(refusal(problem)).toEqual({ sessionId: 'Kies een bijeenkomst die aan deze tafel is gehouden.' });
    const other = { ...problem, status: 409, code: 'ADVICE_TRAJECTORY.ADVICE_NOT_ISSUED' };
    expect(refusal(other)).toEqual({ kind: 'De adviesbrief wordt toegevoegd nadat het advies is uitgebracht.' });
  });

  it('shows a refusal about a field the form does not have at the top', () => {
    const problem = {
      type: 'about:blank',
      title: 'Unprocessable Content',
      status: 422,
      detail: 'x',
      code: 'PARTICIPATION_BODY.CONSULTATION_UNKNOWN',
    };
    expect(refusal(problem, ['kind'])).toEqual({ '': 'Kies een overleg dat dit orgaan heeft vastgelegd.' });
  });

  it('falls back to the general words for any other refusal', () => {
    const problem = { type: 'about:blank', title: 'Conflict', status: 409, detail: 'x', code: 'SOMETHING.NEW' };
    expect(refusal(problem)).toEqual({ '': 'Dit kan niet worden vastgelegd.' });
  });
});
