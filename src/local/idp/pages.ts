/**
 * The pages a person sees at the local identity provider: sign in, allow, enter the code a voice
 * assistant read out, and the answers after. Plain, accessible HTML forms: every field has a
 * label, errors are announced (role="alert") and tied to their field, nothing is loaded from
 * elsewhere (no fonts, no scripts), and each page works with the keyboard alone.
 */

const STYLE = `
  body { font-family: system-ui, sans-serif; margin: 0; background: #f6f5f2; color: #1d1d1b; }
  main { max-width: 26rem; margin: 3rem auto; padding: 1.5rem 2rem 2rem; background: #fff; border-radius: 8px; box-shadow: 0 1px 3px rgb(0 0 0 / 20%); }
  h1 { font-size: 1.5rem; margin-top: 0; }
  label { display: block; font-weight: 600; margin: 1rem 0 0.25rem; }
  input[type=email], input[type=password], input[type=text] { width: 100%; box-sizing: border-box; font-size: 1.1rem; padding: 0.5rem; border: 1px solid #767676; border-radius: 4px; }
  input.code { letter-spacing: 0.2em; text-transform: uppercase; text-align: center; font-size: 1.4rem; }
  .hint { color: #555; font-size: 0.9rem; margin: 0.25rem 0 0; }
  .error { color: #b00020; font-weight: 600; }
  .actions { display: flex; gap: 0.75rem; margin-top: 1.5rem; }
  button { font-size: 1rem; padding: 0.6rem 1.2rem; border-radius: 4px; border: 1px solid #1d4e89; cursor: pointer; }
  button.primary { background: #1d4e89; color: #fff; }
  button.secondary { background: #fff; color: #1d4e89; }
  button:focus-visible, input:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
  ul { padding-left: 1.2rem; }
  code.user-code { font-size: 1.6rem; letter-spacing: 0.15em; }
`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside HTML, attribute values included. */
export function html(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(title)} – Corner Shop</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${html(title)}</h1>
${body}
</main>
</body>
</html>`;
}

function errorLine(id: string, message: string | undefined): string {
  return message ? `<p id="${id}" class="error" role="alert">${html(message)}</p>` : '';
}

/** Sign in: email and password. `forWhom` names what asked (the Alexa skill, the shop's voice ordering). */
export function loginPage(options: { action: string; forWhom: string; email?: string; error?: string; abortAction: string }): string {
  const described = options.error ? ' aria-describedby="login-error" aria-invalid="true"' : '';
  return page(
    'Sign in to Corner Shop',
    `<p>${html(options.forWhom)} wants to use your Corner Shop account.</p>
${errorLine('login-error', options.error)}
<form method="post" action="${html(options.action)}">
  <label for="email">Email</label>
  <input id="email" name="email" type="email" autocomplete="username" required value="${html(options.email ?? '')}"${described}>
  <label for="password">Password</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required${described}>
  <p class="hint" id="password-hint">Demo accounts: jordan.avery@example.com, morgan.lee@example.com or riley.chen@example.com, password "demo".</p>
  <div class="actions">
    <button class="primary" type="submit">Sign in</button>
  </div>
</form>
<form method="post" action="${html(options.abortAction)}">
  <div class="actions"><button class="secondary" type="submit">Cancel</button></div>
</form>`,
  );
}

/** Allow or deny: what the client may do with the account. */
export function consentPage(options: { action: string; denyAction: string; forWhom: string; accountName: string }): string {
  return page(
    'Allow voice shopping?',
    `<p>Signed in as <strong>${html(options.accountName)}</strong>.</p>
<p>${html(options.forWhom)} asks to:</p>
<ul>
  <li>buy by voice with your saved card, after you say yes to each order</li>
  <li>reorder and tell you about your orders</li>
</ul>
<form method="post" action="${html(options.action)}">
  <div class="actions">
    <button class="primary" type="submit" name="decision" value="allow">Allow</button>
    <button class="secondary" type="submit" formaction="${html(options.denyAction)}" name="decision" value="deny">Deny</button>
  </div>
</form>`,
  );
}

/** The user-code form of the device flow; `xsrf` and `action` come from oidc-provider's own form. */
export function codeEntryPage(options: { action: string; xsrf: string; digitsOnly: boolean; error?: string; code?: string }): string {
  const described = options.error ? 'code-error code-hint' : 'code-hint';
  const numeric = options.digitsOnly ? ' inputmode="numeric"' : '';
  return page(
    'Link your account',
    `<p>Enter the code your voice assistant or phone call gave you.</p>
${errorLine('code-error', options.error)}
<form method="post" action="${html(options.action)}">
  <input type="hidden" name="xsrf" value="${html(options.xsrf)}">
  <label for="user_code">Code</label>
  <input id="user_code" class="code" name="user_code" type="text" autocomplete="one-time-code" autocapitalize="characters" spellcheck="false"${numeric} required value="${html(options.code ?? '')}" aria-describedby="${described}"${options.error ? ' aria-invalid="true"' : ''}>
  <p class="hint" id="code-hint">For example 4821-5730. Ask the shop for a new one with "link my account" if it has run out.</p>
  <div class="actions"><button class="primary" type="submit">Continue</button></div>
</form>`,
  );
}

/** Is this the right device? Shown before signing in, with the code as entered. */
export function codeConfirmPage(options: { action: string; xsrf: string; userCode: string; clientName: string }): string {
  return page(
    'Link this conversation?',
    `<p><strong>${html(options.clientName)}</strong> gave the code <code class="user-code">${html(options.userCode)}</code>.</p>
<p>Continue only if you asked for this code just now. Otherwise, cancel: nothing is linked.</p>
<form method="post" action="${html(options.action)}">
  <input type="hidden" name="xsrf" value="${html(options.xsrf)}">
  <input type="hidden" name="user_code" value="${html(options.userCode)}">
  <div class="actions">
    <button class="primary" type="submit" name="confirm" value="yes">Continue</button>
    <button class="secondary" type="submit" name="abort" value="yes">Cancel</button>
  </div>
</form>`,
  );
}

export function codeDonePage(clientName: string): string {
  return page('Your account is linked', `<p>${html(clientName)} can now take your orders. Go back to the conversation and say "I'm linked".</p>`);
}

export function messagePage(title: string, message: string, status = 'status'): string {
  return page(title, `<p role="${status}">${html(message)}</p>`);
}
