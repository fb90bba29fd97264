/** What the problem type means, and help for each code the answer holds: where its `type` links. */
import { issueHelp } from '../../domain/topology';

export default function ProblemTypeHelp({ codes }: { codes: readonly string[] }) {
  const known = [...new Set(codes)].flatMap((code) => {
    const help = issueHelp(code);
    return help === null ? [] : [{ code, help }];
  });
  return (
    <section id="problem-help" className="problem-type-help" aria-labelledby="problem-help-heading" tabIndex={-1}>
      <h3 id="problem-help-heading">Help for these issues</h3>
      <p>
        The microgrid topology cannot be assembled from the depot&apos;s site data: each issue names the record to fix, and its
        pointer the field in the site data. Once the data is fixed, check again.
      </p>
      <dl>
        {known.map(({ code, help }) => (
          <div key={code} className="problem-type-help-entry">
            <dt>
              <code>{code}</code>
            </dt>
            <dd>
              {help.meaning} <strong>Usual cause:</strong> {help.cause} <strong>Fix:</strong> {help.fix}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
