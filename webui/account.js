// The account page: delete the account (the download is a plain link).
import { api } from "/static/app.js";

const $ = (id) => document.getElementById(id);

$("delete-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  if (!$("delete-sure").checked) return;
  try {
    await api("DELETE", "/api/me");
    $("account-status").textContent = "Your account and all its data were deleted.";
    setTimeout(() => location.assign("/login"), 1500);
  } catch (err) {
    $("account-status").textContent = err.message;
  }
});
