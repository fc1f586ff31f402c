// The account page: download all your data, or delete the account; both ask for the
// password again (a kiosk-made account gives its resume code).
import { api } from "/static/app.js";

const $ = (id) => document.getElementById(id);

$("export-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  const password = $("export-password").value;
  $("export-password").value = "";
  try {
    const data = await api("POST", "/api/me/export", { password });
    const blob = new Blob([JSON.stringify(data, null, 1)], { type: "application/json" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "interviewer-export.json";
    link.click();
    URL.revokeObjectURL(link.href);
    $("account-status").textContent = "Your data was downloaded.";
  } catch (err) {
    $("account-status").textContent = err.message;
  }
});

$("delete-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  if (!$("delete-sure").checked) return;
  const password = $("delete-password").value;
  $("delete-password").value = "";
  try {
    await api("DELETE", "/api/me", { password });
    $("account-status").textContent = "Your account and all its data were deleted.";
    setTimeout(() => location.assign("/login"), 1500);
  } catch (err) {
    $("account-status").textContent = err.message;
  }
});
