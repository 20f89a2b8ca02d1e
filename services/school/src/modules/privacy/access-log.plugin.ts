import type { ApolloServerPlugin } from '@apollo/server';

import type { SchoolContext } from '../../context';

/**
 * Writes the request's reads before the response leaves: a read that is answered is a read that
 * is logged. (Where it came from is set with the context, believed only from the gateway.)
 */
export const accessLogPlugin: ApolloServerPlugin<SchoolContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue }) {
        await contextValue.accessLog.flush();
      },
    };
  },
};
