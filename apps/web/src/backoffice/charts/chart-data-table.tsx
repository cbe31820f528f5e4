/**
 * The numbers behind a chart, as a real table: screen-reader users and anyone
 * who wants exact figures open it; it is also what a test can read.
 */
export function ChartDataTable({ caption, headers, rows }: { caption: string; headers: [string, string]; rows: { label: string; display: string }[] }) {
  return (
    <details className="bo-chart-data">
      <summary>Show the data as a table</summary>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{headers[0]}</th>
            <th scope="col" className="num">
              {headers[1]}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td className="num">{row.display}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
