/**
 * A small typed client of the Zalo OA Open API v3: every call sends the
 * `access_token` header and reads `{ error, message, data }`. A refused token
 * (-216 / -220) is refreshed once and the call retried once; every other
 * failure is a ZaloApiError with Zalo's code and a kind. Ids stay strings.
 */
import { ZaloApiError } from './errors';
import { idOf, parseZaloJson, recordOf } from './json';
import type { ZaloButton } from './message';
import type { TokenManager } from './tokens';

export interface ZaloClientOptions {
  readonly apiBaseUrl: string;
  readonly tokens: TokenManager;
  /** Each HTTP call is abandoned after this long (well inside the outbox lease). */
  readonly timeoutMs?: number;
}

export interface SentMessage {
  readonly messageId?: string;
}

/** The transaction template's parts (ZALO.md): header, text, a table whose key starts "Mã", ≤ 4 buttons. */
export interface TransactionMessage {
  readonly header: string;
  readonly text: string;
  readonly reference: { readonly key: string; readonly value: string };
  readonly buttons: readonly ZaloButton[];
}

export type QuotaProduct = 'cs' | 'transaction' | 'gmf10' | 'gmf50' | 'gmf100';

export interface ZaloClient {
  sendText(userId: string, text: string): Promise<SentMessage>;
  /** Consultation text with up to 5 buttons (mobile app only; always give a text fallback). */
  sendButtons(userId: string, text: string, buttons: readonly ZaloButton[]): Promise<SentMessage>;
  sendTransaction(userId: string, message: TransactionMessage): Promise<SentMessage>;
  /** Text into an OA-owned (GMF) group; groups take no buttons. */
  sendGroupText(groupId: string, text: string): Promise<SentMessage>;
  /** The OA's remaining message quota, as Zalo reports it. */
  quota(product: QuotaProduct): Promise<unknown>;
}

export const ZALO_PATHS = {
  cs: '/v3.0/oa/message/cs',
  transaction: '/v3.0/oa/message/transaction',
  group: '/v3.0/oa/group/message',
  quota: '/v3.0/oa/quota/message',
} as const;

function buttonJson(button: ZaloButton, withIcon: boolean): object {
  const payload = button.type === 'oa.open.url' ? { url: button.payload } : button.payload;
  return { title: button.title.slice(0, 100), type: button.type, payload, ...(withIcon ? { image_icon: '' } : {}) };
}

function transactionJson(message: TransactionMessage): object {
  return {
    attachment: {
      type: 'template',
      payload: {
        template_type: 'transaction_event',
        language: 'VI',
        elements: [
          { type: 'header', content: message.header.slice(0, 100), align: 'left' },
          { type: 'text', content: message.text, align: 'left' },
          { type: 'table', content: [message.reference] },
        ],
        buttons: message.buttons.slice(0, 4).map((b) => buttonJson(b, true)),
      },
    },
  };
}

export function createZaloClient(options: ZaloClientOptions): ZaloClient {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const attempt = async (path: string, body: object, token: string): Promise<unknown> => {
    let response: Response;
    try {
      response = await fetch(`${options.apiBaseUrl}${path}`, {
        method: 'POST',
        headers: { access_token: token, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new ZaloApiError(0, `zalo ${path}: ${error instanceof Error ? error.message : String(error)}`, 'http', {
        cause: error,
      });
    }
    return readAnswer(path, response);
  };
  const call = async (path: string, body: object): Promise<unknown> => {
    const token = await options.tokens.accessToken();
    try {
      return await attempt(path, body, token);
    } catch (error) {
      if (!(error instanceof ZaloApiError) || !error.isTokenError) throw error;
      // Once: a second refusal of a fresh token is not a token problem we can fix here.
      return attempt(path, body, await options.tokens.refreshAfterRejection(token));
    }
  };
  const sent = (answer: unknown): SentMessage => {
    const data = recordOf(answer) ?? {};
    const messageId = idOf(data['message_id']) ?? idOf(data['msg_id']);
    return messageId === undefined ? {} : { messageId };
  };
  return {
    sendText: async (userId, text) =>
      sent(await call(ZALO_PATHS.cs, { recipient: { user_id: userId }, message: { text } })),
    sendButtons: async (userId, text, buttons) =>
      sent(
        await call(ZALO_PATHS.cs, {
          recipient: { user_id: userId },
          message: {
            text,
            attachment: {
              type: 'template',
              payload: { buttons: buttons.slice(0, 5).map((b) => buttonJson(b, false)) },
            },
          },
        }),
      ),
    sendTransaction: async (userId, message) =>
      sent(await call(ZALO_PATHS.transaction, { recipient: { user_id: userId }, message: transactionJson(message) })),
    sendGroupText: async (groupId, text) =>
      sent(await call(ZALO_PATHS.group, { recipient: { group_id: groupId }, message: { text } })),
    quota: (product) => call(ZALO_PATHS.quota, { quota_owner: 'OA', product_type: product }),
  };
}

/** `{ error: 0, data }` → data; a negative error → ZaloApiError with its code; non-JSON → an HTTP error. */
async function readAnswer(path: string, response: Response): Promise<unknown> {
  const text = await response.text();
  let json: Record<string, unknown> | undefined;
  try {
    json = recordOf(parseZaloJson(text));
  } catch (error) {
    throw new ZaloApiError(response.status, `zalo ${path}: HTTP ${response.status}, not JSON`, 'http', {
      cause: error,
    });
  }
  if (json === undefined || typeof json['error'] !== 'number') {
    throw new ZaloApiError(response.status, `zalo ${path}: HTTP ${response.status}, no error field`, 'http');
  }
  const code = json['error'];
  if (code !== 0)
    throw new ZaloApiError(
      code,
      `zalo ${path}: ${code} ${typeof json['message'] === 'string' ? json['message'] : ''}`.trim(),
    );
  return json['data'];
}
