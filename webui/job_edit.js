// The job editor: title, description, screening fields and custom questions, whether
// the interview ends with a bid, saved through the JSON API (POST for a new job, PUT to edit).
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
  // Choices belong to single-choice fields only.
  const type = node.querySelector("select[name=type]");
  if (type) {
    const choices = node.querySelector(".choices");
    const show = () => { choices.hidden = type.value !== "single_choice"; };
    type.addEventListener("change", show);
    show();
  }
  $(containerId).append(node);
  node.querySelector("input").focus();
}

// A new field's key comes from its label ("Preferred shift" -> preferred_shift), unique
// in the job; a saved field keeps the key it has (answers are stored under it).
function keyFor(text, taken) {
  const base = (text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
    .replace(/[^a-z0-9]+/g, "_").replace(/^_+|_+$/g, "").replace(/^(?=[0-9])/, "f_")
    || "field").slice(0, 40);
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
  taken.add(key);
  return key;
}

function read(node) {
  const out = JSON.parse(node.dataset.kept || "{}");
  for (const input of node.querySelectorAll("input, select")) {
    out[input.name] = input.type === "checkbox" ? input.checked : input.value.trim();
  }
  return out;
}

function collect() {
  const items = [...$("fields").children, ...$("questions").children].map(read);
  const taken = new Set(items.map((item) => item.key).filter(Boolean));
  for (const item of items) item.key = item.key || keyFor(item.label || item.question, taken);
  const count = $("fields").children.length;
  const fields = items.slice(0, count).map((f) => {
    const { choices, ...field } = f;
    field.choices = f.type === "single_choice"
      ? (choices || "").split(",").map((c) => c.trim()).filter(Boolean)
      : null;
    return field;
  });
  const questions = items.slice(count);
  const days = $("retention-days").value.trim();
  return {
    title: $("title").value.trim(),
    description: $("description").value.trim(),
    fields,
    custom_questions: questions,
    currency: $("currency").value.trim().toUpperCase() || null,
    bid: $("bid").checked,
    requires_consent: $("requires-consent").checked,
    retention_days: days ? Number(days) : null,
  };
}

// The currency belongs to the bid: shown only while the job asks for one.
function showCurrency() {
  $("currency-box").hidden = !$("bid").checked;
}

$("bid").addEventListener("change", showCurrency);
$("add-field").addEventListener("click", () => addItem("field-template", "fields"));
$("preview").addEventListener("click", async () => {
  $("job-error").textContent = "";
  try {
    const shown = await api("POST", "/api/jobs/preview", collect());
    $("preview-greeting").textContent = shown.greeting;
    $("preview-questions").replaceChildren(
      ...shown.questions.map((q) => Object.assign(document.createElement("li"), { textContent: q })),
    );
    $("preview-confirmed").textContent = shown.confirmed;
    $("preview-box").hidden = false;
    $("preview-box").scrollIntoView({ block: "start" });
  } catch (err) {
    $("job-error").textContent = err.message;
  }
});
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
  $("currency").value = job.currency || "";
  $("bid").checked = job.bid;
  showCurrency();
  $("retention-days").value = job.retention_days;
  job.fields.forEach((f) => addItem("field-template", "fields", f));
  job.custom_questions.forEach((q) => addItem("question-template", "questions", q));
  $("title").focus();
})();
