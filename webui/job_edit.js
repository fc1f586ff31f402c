// The job editor: title, description, screening fields and custom questions,
// saved through the JSON API (POST for a new job, PUT to edit).
import { api } from "/static/app.js";

const jobId = document.body.dataset.jobId ? Number(document.body.dataset.jobId) : null;
const $ = (id) => document.getElementById(id);

function addItem(templateId, containerId, values = {}) {
  const node = $(templateId).content.firstElementChild.cloneNode(true);
  for (const input of node.querySelectorAll("input, select")) {
    const v = values[input.name];
    if (input.type === "checkbox") input.checked = v === undefined ? true : Boolean(v);
    else if (Array.isArray(v)) input.value = v.join(", ");
    else if (v !== undefined && v !== null) input.value = v;
  }
  // Attributes this form does not edit (a field's question wording, its example)
  // are kept as they were.
  const shown = new Set([...node.querySelectorAll("input, select")].map((i) => i.name));
  const kept = Object.fromEntries(Object.entries(values).filter(([k]) => !shown.has(k)));
  node.dataset.kept = JSON.stringify(kept);
  node.querySelector(".remove").addEventListener("click", () => node.remove());
  $(containerId).append(node);
  node.querySelector("input").focus();
}

function read(node) {
  const out = JSON.parse(node.dataset.kept || "{}");
  for (const input of node.querySelectorAll("input, select")) {
    out[input.name] = input.type === "checkbox" ? input.checked : input.value.trim();
  }
  return out;
}

function collect() {
  const fields = [...$("fields").children].map((node) => {
    const f = read(node);
    const { choices, ...field } = f;
    field.choices = f.type === "single_choice"
      ? choices.split(",").map((c) => c.trim()).filter(Boolean)
      : null;
    return field;
  });
  const questions = [...$("questions").children].map((node) => {
    return read(node);
  });
  const days = $("retention-days").value.trim();
  return {
    title: $("title").value.trim(),
    description: $("description").value.trim(),
    fields,
    custom_questions: questions,
    requires_consent: $("requires-consent").checked,
    retention_days: days ? Number(days) : null,
  };
}

$("add-field").addEventListener("click", () => addItem("field-template", "fields"));
$("add-question").addEventListener("click", () => addItem("question-template", "questions"));

$("job-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  $("job-error").textContent = "";
  try {
    const saved = jobId === null
      ? await api("POST", "/api/jobs", collect())
      : await api("PUT", `/api/jobs/${jobId}`, collect());
    $("job-status").textContent = "Saved.";
    location.assign(`/employer/jobs/${saved.id}`);
  } catch (err) {
    $("job-error").textContent = err.message;
  }
});

(async () => {
  if (jobId === null) {
    addItem("field-template", "fields");
    $("title").focus();
    return;
  }
  const job = await api("GET", `/api/jobs/${jobId}`);
  $("title").value = job.title;
  $("description").value = job.description;
  $("requires-consent").checked = job.requires_consent;
  $("retention-days").value = job.retention_days;
  job.fields.forEach((f) => addItem("field-template", "fields", f));
  job.custom_questions.forEach((q) => addItem("question-template", "questions", q));
  $("title").focus();
})();
