import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { makeSheet } from '@casmooc/bff/sheets';
import type { Db } from '@casmooc/db';

/** A POST to the portal's API as the page's signed-in user (with their CSRF token), answering the JSON body. */
export async function postAs<T>(page: Page, baseUrl: string, apiPath: string, data: unknown): Promise<T> {
  const { csrfToken } = (await (await page.request.get(`${baseUrl}/api/me`)).json()) as { csrfToken: string };
  const res = await page.request.post(`${baseUrl}${apiPath}`, { data, headers: { 'x-csrf-token': csrfToken } });
  return (await res.json()) as T;
}

/** An address-book group of the page's user with these members, made through the API (the 通讯录 page has its own journey). */
export async function makeGroup(page: Page, baseUrl: string, name: string, staffIds: number[]): Promise<void> {
  const { id } = await postAs<{ id: number }>(page, baseUrl, '/api/address-book/groups', { name });
  await postAs(page, baseUrl, `/api/address-book/groups/${id}/members`, { staffIds });
}

/**
 * Imports a sheet in the open picker with one row of each kind: a match
 * from `matchOrg`, an unknown employee no., someone of 物理研究所's 综合处
 * (outside a CNIC user's scope) and the match again; waits until each
 * shows its reason. Answers the matched person.
 */
export async function importMixedSheet(picker: Locator, db: Db, matchOrg: string): Promise<{ name: string; employee_no: string }> {
  const first = (org: string) => db('staff as s').join('orgs as o', 'o.id', 's.org_id').where('o.name', org).orderBy('s.employee_no').first('s.name', 's.employee_no');
  const [known, outsider] = await Promise.all([first(matchOrg), first('综合处')]);
  const sheet = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casmooc-sheet-')), '名单.xlsx');
  fs.writeFileSync(sheet, await makeSheet([[known.name, known.employee_no], ['查无此人', '0000000'], [outsider.name, outsider.employee_no], [known.name, known.employee_no]]));
  await picker.locator('.picker__import input[type=file]').setInputFiles(sheet);
  for (const reason of ['工号不存在', '该人员不在您的管理范围内', '与第 2 行是同一人']) await picker.getByText(reason).waitFor();
  return known;
}
