/** Clara's error body: `{code, message, timestamp, details?}`. */
export function errorBody(code: string, message: string, details?: string[]): string {
  return JSON.stringify({ code, message, timestamp: new Date().toISOString(), ...(details && details.length > 0 ? { details } : {}) });
}

export const ERROR_CODES: Record<number, string> = {
  400: 'VALIDATION_ERROR',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
  500: 'INTERNAL_SERVER_ERROR',
  503: 'SERVICE_UNAVAILABLE',
};

export const ERROR_MESSAGES: Record<number, string> = {
  401: 'Full authentication is required to access this resource',
  429: 'Rate limit exceeded',
  500: 'Internal server error',
  503: 'Service temporarily unavailable',
  511: 'Client certificate required',
};
