import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FilterSelect } from "./filter-select";

const render = (props: Parameters<typeof FilterSelect>[0]) => renderToStaticMarkup(createElement(FilterSelect, props));

describe("FilterSelect", () => {
  const options = [
    ["open", "Open"],
    ["succeeded", "Paid"],
  ] as const;

  it("is a labelled select whose first option, empty, filters nothing", () => {
    expect(render({ id: "f-status", name: "status", label: "Status", value: "", options })).toBe(
      '<div class="bo-field"><label for="f-status">Status</label><select id="f-status" name="status">' +
        '<option value="" selected="">Any</option><option value="open">Open</option><option value="succeeded">Paid</option></select></div>',
    );
  });

  it("selects the value submitted last, names the empty option as told and marks an invalid value", () => {
    const html = render({ id: "f-status", name: "status", label: "Status", value: "succeeded", options, anyLabel: "Anywhere", invalid: true });
    expect(html).toContain('<select id="f-status" name="status" aria-invalid="true">');
    expect(html).toContain('<option value="">Anywhere</option>');
    expect(html).toContain('<option value="succeeded" selected="">Paid</option>');
  });
});
