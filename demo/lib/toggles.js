// Toggle-button groups (aria-pressed): exactly one pressed at a time.
export function pressOne(group, pressed) {
  for (const button of group.querySelectorAll('button[aria-pressed]')) {
    button.setAttribute('aria-pressed', String(button === pressed));
  }
}
