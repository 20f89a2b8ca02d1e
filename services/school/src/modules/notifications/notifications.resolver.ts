import {
  fromGlobalId,
  PageArgs,
  parseGlobalId,
  toGlobalId,
  UserFacingError,
  userInputError,
  withUserErrors,
} from '@mentorship/graphql';
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';

import type { SchoolContext } from '../../context';
import {
  channelView,
  MarkNotificationsReadPayload,
  Notification,
  NotificationChannelPayload,
  NotificationChannelView,
  NotificationConnection,
  NotificationPreferences,
  NotificationPreferencesInput,
  NotificationPreferencesPayload,
  NotificationSettings,
  NotificationSettingsInput,
  NotificationSettingsPayload,
  RemoveNotificationChannelPayload,
  SaveNotificationChannelInput,
} from './notifications.types';

export const deadAfter = (env: NodeJS.ProcessEnv = process.env) =>
  Math.max(1, Number(env.NOTIFY_DEAD_AFTER_ATTEMPTS ?? 5) || 5);

/** Thin: access is shield's (permissions.ts), scope and rules are the services'. */
@Resolver()
export class NotificationsResolver {
  private channels = (ctx: SchoolContext) => ctx.services.notificationChannels;
  private inbox = (ctx: SchoolContext) => ctx.services.notificationInbox;
  private preferences = (ctx: SchoolContext) => ctx.services.notificationPreferences;

  @Query(() => [NotificationChannelView], { description: 'School admin: the school’s channels and their health.' })
  async notificationChannels(@Ctx() ctx: SchoolContext): Promise<NotificationChannelView[]> {
    const service = this.channels(ctx);
    const channels = await service.list();
    const attempts = await service.recentAttempts();
    return channels.map((c) => channelView(c, deadAfter(), attempts.get(c.id) ?? []));
  }

  @Mutation(() => NotificationChannelPayload, { description: 'School admin: add or change a channel.' })
  saveNotificationChannel(@Arg('input') input: SaveNotificationChannelInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => {
      const id = input.id ? fromGlobalId(input.id, 'NotificationChannel') : null;
      return { channel: channelView(await this.channels(ctx).save({ ...input, id }), deadAfter()) };
    });
  }

  @Mutation(() => RemoveNotificationChannelPayload, { description: 'School admin: remove a channel and its queue.' })
  removeNotificationChannel(@Arg('id', () => ID) id: string, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => {
      await this.channels(ctx).remove(fromGlobalId(id, 'NotificationChannel'));
      return { removedId: id };
    });
  }

  @Query(() => NotificationSettings, { description: 'School admin: quiet hours and the district escalation contact.' })
  notificationSettings(@Ctx() ctx: SchoolContext): Promise<NotificationSettings> {
    return this.preferences(ctx).settings();
  }

  @Mutation(() => NotificationSettingsPayload)
  updateNotificationSettings(@Arg('input') input: NotificationSettingsInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => ({ settings: await this.preferences(ctx).updateSettings(input) }));
  }

  @Query(() => NotificationConnection, { description: 'Your in-app notifications, newest first.' })
  async notifications(
    @Args() page: PageArgs,
    @Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean,
    @Ctx() ctx: SchoolContext,
  ) {
    let result;
    try {
      result = await this.inbox(ctx).list(page.first, page.after, unreadOnly);
    } catch (error) {
      if (error instanceof UserFacingError) throw userInputError(error.field ?? 'after', error.message);
      throw error;
    }
    const nodes = result.nodes.map((n) =>
      Object.assign(new Notification(), n, {
        id: toGlobalId('Notification', n.id),
      }),
    );
    return new NotificationConnection({ ...result, nodes });
  }

  @Mutation(() => MarkNotificationsReadPayload, { description: 'Marks yours read; others’ ids change nothing.' })
  markNotificationsRead(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => {
      if (ids.length > 100) throw new UserFacingError('TOO_MANY', 'At most 100 ids at a time.', 'ids');
      const raw = ids.map((id, i) => {
        const parsed = parseGlobalId(id, 'Notification');
        if (!parsed) throw new UserFacingError('INVALID_ID', 'Not a notification id.', `ids[${i}]`);
        return parsed;
      });
      return { unreadCount: await this.inbox(ctx).markRead(raw) };
    });
  }

  @Query(() => NotificationPreferences, { description: 'Your own notification preferences.' })
  myNotificationPreferences(@Ctx() ctx: SchoolContext): Promise<NotificationPreferences> {
    return this.preferences(ctx).preferences();
  }

  @Mutation(() => NotificationPreferencesPayload, { description: 'Opt out (not of crisis alerts) or set your e-mail.' })
  setMyNotificationPreferences(@Arg('input') input: NotificationPreferencesInput, @Ctx() ctx: SchoolContext) {
    return withUserErrors(async () => ({ preferences: await this.preferences(ctx).setPreferences(input) }));
  }
}
