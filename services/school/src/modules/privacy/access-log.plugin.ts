import type { ApolloServerPlugin } from '@apollo/server';
import type { SchoolContext } from '../../context';

/** Writes the request's access log before the response leaves: a read that is answered is a read that is logged. */
export const accessLogPlugin: ApolloServerPlugin<SchoolContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue }) {
        await contextValue.accessLog.flush();
      },
    };
  },
};
