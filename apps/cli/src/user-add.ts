import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { userByName } from '@fazhi/db';
import {
  addAccount,
  changeAccount,
  passwordProblem,
  ROLE_LABEL,
  type Role,
  regionNamed,
  ServiceError,
} from '@fazhi/service';
import { failureLine, storeOrExit } from './faults.ts';

// pnpm user:add <用户名> [--admin | --editor | --viewer] [--name 姓名] [--region 地区] [--reset]
// The password is asked twice without echo; with stdin not a terminal, it is read from stdin (one line).
const USAGE =
  '用法：pnpm user:add <用户名> [--admin | --editor | --viewer] [--name 姓名] [--region 省、市或县区（不写为全部地区）] [--reset 重设已有账户的密码与角色]\n' +
  '密码在终端中输入两次（不显示）；也可经标准输入传入，如 echo 密码 | pnpm user:add zhang --editor';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      admin: { type: 'boolean' },
      editor: { type: 'boolean' },
      viewer: { type: 'boolean' },
      name: { type: 'string' },
      region: { type: 'string' },
      reset: { type: 'boolean' },
    },
  });
}
try {
  args = parse();
} catch (err) {
  fail(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
}
const { values, positionals } = args;
const roles = (['admin', 'editor', 'viewer'] as const).filter((r) => values[r]);
const username = positionals[0];
if (!username || positionals.length > 1 || roles.length > 1) fail(USAGE);
const role: Role = roles[0] ?? 'viewer';

/** One line from the terminal without echoing it, or from stdin when it is not a terminal. */
function readSecret(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({
      input: process.stdin,
      output: process.stdout,
      terminal: process.stdin.isTTY,
    });
    if (process.stdin.isTTY) {
      process.stdout.write(prompt);
      // keep the typed characters off the screen
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => {};
    }
    rl.once('line', (line) => {
      resolve(line); // before close(), which would otherwise resolve first with ''
      rl.close();
      if (process.stdin.isTTY) process.stdout.write('\n');
    });
    rl.once('close', () => resolve(''));
  });
}

const password = await readSecret('密码：');
if (process.stdin.isTTY && (await readSecret('再输入一次：')) !== password) fail('两次输入的密码不一致');
const problem = passwordProblem(password, username);
if (problem) fail(problem);

const store = await storeOrExit();
const file = store.file;
try {
  const existing = await userByName(store.db, username);
  const displayName = values.name ?? existing?.displayName ?? username;
  if (existing && !values.reset) fail(`账户“${username}”已存在；要重设其密码与角色，请加 --reset`);
  // without --region a new account has the whole installation and a reset one keeps its region
  const regionId = values.region === undefined ? undefined : await regionNamed(store.db, values.region);
  const account = existing
    ? await changeAccount(
        store.db,
        existing.id,
        { password, role, displayName, regionId },
        { id: -1, name: '命令行 user:add' },
      )
    : await addAccount(store.db, { username, displayName, role, password, regionId }, '命令行 user:add');
  console.log(
    `${existing ? '已重设' : '已创建'}账户 ${account.username}（${account.displayName}），角色：${ROLE_LABEL[account.role]}，地区：${account.region?.name ?? '全部地区'}`,
  );
} catch (err) {
  if (err instanceof ServiceError) fail(err.message);
  const line = failureLine(err, file);
  if (line !== null) fail(line);
  throw err;
} finally {
  await store.close();
}
