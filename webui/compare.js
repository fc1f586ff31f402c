// Two to four candidates side by side: one column per candidate, one row per field.
import { api, el, money, valueText } from "/static/app.js";

const jobId = Number(document.body.dataset.jobId);
const $ = (id) => document.getElementById(id);

(async () => {
  const ids = (new URLSearchParams(location.search).get("ids") || "")
    .split(",").map(Number).filter((n) => Number.isInteger(n) && n > 0);
  if (ids.length < 2 || ids.length > 4) {
    $("compare-status").textContent = "Select two to four candidates on the applicants page.";
    return;
  }
  try {
    const [job, rows] = await Promise.all([
      api("GET", `/api/jobs/${jobId}`),
      api("GET", `/api/jobs/${jobId}/applications`),
    ]);
    const chosen = ids.map((id) => rows.find((r) => r.interview_id === id)).filter(Boolean);
    const table = $("comparison");
    table.tHead.replaceChildren(
      el("tr", {}, el("th", { scope: "col", text: "Field" }),
        ...chosen.map((r) => el("th", { scope: "col" },
          el("a", { href: `/employer/interviews/${r.interview_id}`, text: r.candidate.name })))),
    );
    const fields = [...job.fields.map((f) => [f.key, f.label]),
      ...job.custom_questions.map((q) => [q.key, q.question]),
      // A work sample's fields: a compare sample's pick and reason, a label sample's items.
      ...(job.work_samples || []).flatMap((s) => (s.kind === "compare"
        ? [[s.key, `${s.key}: better response`], [`${s.key}_why`, `${s.key}: why`]]
        : s.items.map((item, i) => [`${s.key}_${i + 1}`, `${s.key}: ${item.text}`])))];
    const line = (label, cell) => el("tr", {}, el("th", { scope: "row", text: label }), ...chosen.map(cell));
    table.tBodies[0].replaceChildren(
      line("Status", (r) => el("td", { text: r.state })),
      // No Bid row when no compared candidate gave one (a job without a bid step).
      ...(chosen.some((r) => r.bid_amount !== null)
        ? [line("Bid", (r) => el("td", { text: money(r.bid_amount, r.currency) }))]
        : []),
      // A Score row only for a job with rubric questions (judged after submitting).
      ...(chosen.some((r) => r.assessment)
        ? [line("Score", (r) => el("td", { text: r.assessment
          ? (r.assessment.score !== null ? `${Math.round(r.assessment.score * 100)}%` : "not judged yet")
          : "" }))]
        : []),
      ...fields.map(([key, label]) => line(label, (r) => {
        const f = r.fields[key] || { status: "missing" };
        return el("td", {}, (f.display ?? valueText(f.value)),
          el("span", { class: "status-word", text: f.status }),
          f.evidence ? el("span", { class: "quote", text: `“${f.evidence}”` }) : null);
      })),
    );
    $("compare-status").textContent = `${chosen.length} candidates compared.`;
  } catch (err) {
    $("compare-status").textContent = err.message;
  }
})();
