export { migrateNotifications } from './migrate-notifications';
export { startNotifications, type NotificationStorage, type RunningNotifications } from './start-notifications';
export { loadNotificationConfig, DEFAULT_NOTIFICATIONS, type NotificationConfig } from './notification-config';
export { ReactionProcessManager, type ProcessManagerOptions } from './process-manager';
export { OutboxSender, type OutboxSenderOptions, type SenderFaultPoint } from './outbox-sender';
export { smtpTransport, keptTransport, type MailTransport, type OutgoingMail } from './mail-transport';
export { remindOfDeadlines, type DeadlineTickOptions } from './deadline-tick';
export { remindOfConsultationNorms, type NormTickOptions } from './norm-tick';
export { OutboxSignal } from './outbox-signal';
export { gatherWeeklyDigests, weekOf } from './weekly-digest';
export { RecipientDirectory, type Recipient, type SignedInClaims } from './recipient-directory';
export { Follows } from './follows';
export { followingOf, type FollowingRequest, type FollowingState } from './following.queries';
export { proposalTopicId, type Topic } from './reactions';
export {
  outboxStatus,
  latestMessages,
  listOutboxMessages,
  type OutboxStatus,
  type OutboxEntry,
  type OutboxPage,
} from './outbox-status';
export { stopLinkKey, personOfStopToken, stopUrlOf, optOut } from './stop-link';
export { messageIdOf, smtpMessageIdOf } from './message-id';
