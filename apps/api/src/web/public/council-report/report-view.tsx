import type { VNode } from 'preact';
import { DataList, Paragraph } from '../../components/messages';
import type { Report, ReportBlock } from '../../print/report-model';

/** A report for the council as HTML: the same sections and words as its PDF. */
export function ReportView({ report }: { readonly report: Report }): VNode {
  return (
    <>
      {report.sections.map((section, index) => (
        <section aria-labelledby={`deel-${index + 1}`}>
          <h2 class="utrecht-heading-2" id={`deel-${index + 1}`}>
            {section.heading}
          </h2>
          {section.blocks.map((block) => (
            <Block block={block} />
          ))}
        </section>
      ))}
    </>
  );
}

function Block({ block }: { readonly block: ReportBlock }): VNode {
  switch (block.kind) {
    case 'facts':
      return <DataList items={block.rows} />;
    case 'paragraph':
      return <Paragraph>{block.text}</Paragraph>;
    case 'subheading':
      return <h3 class="utrecht-heading-3">{block.text}</h3>;
    case 'list':
      return (
        <ul class="utrecht-unordered-list">
          {block.items.map((item) => (
            <li class="utrecht-unordered-list__item">{item}</li>
          ))}
        </ul>
      );
    default: {
      const unknown: never = block;
      throw new Error(`Unknown report block ${JSON.stringify(unknown)}`);
    }
  }
}
