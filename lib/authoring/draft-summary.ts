// `npm run new -- <url> --draft-summary`: a model drafts the summary from the page's readable
// text, in the skeleton's three parts, and picks tags from the site's list. It speaks the chat
// completions shape of OpenAI's API, which Ollama, llama.cpp, vLLM and most hosted models serve.
import { networkError } from '@/lib/web/client';
import { SUMMARY_SKELETON } from './new-note';

/** Where the model is (lib/settings/config.mjs, `summaryModel`), with the key only when set. */
export type ModelSettings = { apiUrl: string; model: string; apiKey?: string };

/** What the model drafted: the summary's markdown, and tags it chose (not yet checked against the site's). */
export type DraftSummary = { summary: string; tags: string[] };

/** A local model may take minutes over a long page; one that has not answered by then will not. */
const MODEL_TIMEOUT_MS = 300_000;
/** The most of the page's text sent, in characters: about 10,000 tokens, within what small models take. */
const MAX_TEXT_LENGTH = 40_000;

const INSTRUCTIONS = `You write a link note's summary for its owner, who will read and correct it.
Answer with one JSON object and nothing else: {"summary": "…", "tags": ["…"]}.
"summary" is markdown in exactly these three parts, each "…" filled in from the page's text:
${SUMMARY_SKELETON}
"tags" are at most five tags from the site's list that fit the page; never a tag that is not in the list.`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The chat message the model is sent: the page's title, address, the site's tags and the text. */
function draftRequest(
  { title, url, text }: { title: string; url: string; text: string },
  siteTags: string[],
): { role: 'system' | 'user'; content: string }[] {
  return [
    { role: 'system', content: INSTRUCTIONS },
    {
      role: 'user',
      content: [
        `Title: ${title}`,
        `URL: ${url}`,
        `The site's tags: ${JSON.stringify(siteTags)}`,
        '',
        "The page's text:",
        text.slice(0, MAX_TEXT_LENGTH),
      ].join('\n'),
    },
  ];
}

/** The JSON object in the model's reply, which some models wrap in a ```json fence. */
function draftOf(content: string): DraftSummary {
  const json = content
    .trim()
    .replace(/^```(?:json)?\s*/, '')
    .replace(/\s*```$/, '');
  let answer: unknown;
  try {
    answer = JSON.parse(json);
  } catch {
    throw new Error(`the model's answer is not the JSON asked for: ${JSON.stringify(content.slice(0, 80))}`);
  }
  if (!isRecord(answer) || typeof answer.summary !== 'string' || answer.summary.trim() === '') {
    throw new Error('the model\'s answer has no "summary" text');
  }
  const tags = Array.isArray(answer.tags) ? answer.tags.filter((tag) => typeof tag === 'string') : [];
  return { summary: answer.summary.trim(), tags };
}

/**
 * Asks the model for a draft of the page's summary and tags. Throws a one-line Error when the
 * endpoint cannot be reached, refuses, or answers with something other than the JSON asked for.
 */
export async function draftSummary(
  settings: ModelSettings,
  page: { title: string; url: string; text: string },
  siteTags: string[],
): Promise<DraftSummary> {
  const endpoint = `${settings.apiUrl.replace(/\/+$/, '')}/chat/completions`;
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(settings.apiKey ? { authorization: `Bearer ${settings.apiKey}` } : {}),
      },
      body: JSON.stringify({
        model: settings.model,
        messages: draftRequest(page, siteTags),
        response_format: { type: 'json_object' },
        stream: false,
      }),
      signal: AbortSignal.timeout(MODEL_TIMEOUT_MS),
    });
  } catch (error) {
    const { code, message } = networkError(error);
    throw new Error(`${endpoint}: ${code === 'timeout' ? `no answer within ${MODEL_TIMEOUT_MS / 1000} s` : message}`);
  }
  const body = await response.text();
  if (!response.ok) throw new Error(`${endpoint} answered ${response.status}: ${body.slice(0, 200).trim()}`);
  let reply: unknown;
  try {
    reply = JSON.parse(body);
  } catch {
    throw new Error(`${endpoint} answered with no JSON; is SUMMARY_API_URL a chat completions API (…/v1)?`);
  }
  const choice = isRecord(reply) && Array.isArray(reply.choices) ? reply.choices[0] : undefined;
  const content = isRecord(choice) && isRecord(choice.message) ? choice.message.content : undefined;
  if (typeof content !== 'string') throw new Error(`${endpoint} answered without a message in choices[0]`);
  return draftOf(content);
}
