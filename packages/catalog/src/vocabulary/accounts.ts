/** What a username may be: 2–40 letters, digits or _ . - (the API's schema and `pnpm user:add` check the same). */
export const USERNAME_PATTERN = /^[A-Za-z0-9_.-]{2,40}$/;
export const USERNAME_RULE = '用户名为 2–40 位英文字母、数字或 _ . -';
