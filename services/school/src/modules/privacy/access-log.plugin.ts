import type { ApolloServerPlugin } from '@apollo/server';
import type { SchoolContext } from '../../context';

/**
 * Notes where the request came from (the client's address the gateway forwards), and writes the
 * request's reads before the response leaves: a read that is answered is a read that is logged.
 */
export const accessLogPlugin: ApolloServerPlugin<SchoolContext> = {
  async requestDidStart({ request, contextValue }) {
    contextValue.accessLog.from(request.http?.headers.get('x-client-address'));
    return {
      async willSendResponse({ contextValue }) {
        await contextValue.accessLog.flush();
      },
    };
  },
};
