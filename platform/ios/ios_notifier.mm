#include "ios_notifier.h"

#include <rollwise/platform/reminder_text.h>

#import <Foundation/Foundation.h>
#import <UserNotifications/UserNotifications.h>

#include <algorithm>

namespace {
NSString* const kCategory = @"rollwise.reminder";
NSString* const kSnooze = @"snooze";
NSString* const kDone = @"done";
} // namespace

// The notification centre's delegate: the user's answer, and banners while the app is in front.
// It must be set before the app finishes launching for an answer that starts the app to arrive.
@interface RollwiseNotificationDelegate : NSObject <UNUserNotificationCenterDelegate>
@property(nonatomic, assign) rollwise::platform::IosNotifier* notifier;
@end

@implementation RollwiseNotificationDelegate
- (void)userNotificationCenter:(UNUserNotificationCenter*)center
    didReceiveNotificationResponse:(UNNotificationResponse*)response
             withCompletionHandler:(void (^)(void))completionHandler {
    NSString* identifier = response.notification.request.identifier;
    NSString* action = response.actionIdentifier;
    if (self.notifier != nullptr) {
        const QString key = QString::fromNSString(identifier);
        if ([action isEqualToString:kSnooze]) {
            self.notifier->deliverAction(key, rollwise::ReminderAction::Snooze);
        } else if ([action isEqualToString:kDone]) {
            self.notifier->deliverAction(key, rollwise::ReminderAction::Done);
        } else if ([action isEqualToString:UNNotificationDefaultActionIdentifier]) {
            self.notifier->deliverAction(key, rollwise::ReminderAction::Open);
        }
    }
    completionHandler();
}

- (void)userNotificationCenter:(UNUserNotificationCenter*)center
       willPresentNotification:(UNNotification*)notification
         withCompletionHandler:(void (^)(UNNotificationPresentationOptions))completionHandler {
    if (@available(iOS 14.0, *)) {
        completionHandler(UNNotificationPresentationOptionBanner |
                          UNNotificationPresentationOptionList);
    } else {
        completionHandler(UNNotificationPresentationOptionAlert);
    }
}
@end

namespace rollwise::platform {

namespace {

std::uint64_t fnv1a(const std::string& text) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

UNMutableNotificationContent* contentFor(ReminderKind kind) {
    UNMutableNotificationContent* content = [[UNMutableNotificationContent alloc] init];
    content.title = reminderTitle().toNSString();
    content.body = reminderBody(kind).toNSString();
    content.categoryIdentifier = kCategory;
    content.sound = [UNNotificationSound defaultSound];
    return content;
}

} // namespace

IosNotifier::IosNotifier() {
    UNUserNotificationCenter* center = [UNUserNotificationCenter currentNotificationCenter];
    UNNotificationAction* snooze =
        [UNNotificationAction actionWithIdentifier:kSnooze
                                             title:QObject::tr("Snooze").toNSString()
                                           options:UNNotificationActionOptionNone];
    UNNotificationAction* done =
        [UNNotificationAction actionWithIdentifier:kDone
                                             title:QObject::tr("Done").toNSString()
                                           options:UNNotificationActionOptionNone];
    UNNotificationCategory* category =
        [UNNotificationCategory categoryWithIdentifier:kCategory
                                               actions:@[ snooze, done ]
                                     intentIdentifiers:@[]
                                               options:UNNotificationCategoryOptionNone];
    [center setNotificationCategories:[NSSet setWithObject:category]];
    RollwiseNotificationDelegate* delegate = [[RollwiseNotificationDelegate alloc] init];
    delegate.notifier = this;
    center.delegate = delegate; // the centre holds its delegate weakly: we keep it
    m_delegate = (__bridge_retained void*)delegate;
    // The current answer, without asking (the app asks when the user turns reminders on).
    [center getNotificationSettingsWithCompletionHandler:^(UNNotificationSettings* settings) {
      const bool authorized = settings.authorizationStatus == UNAuthorizationStatusAuthorized;
      dispatch_async(dispatch_get_main_queue(), ^{
        this->setAuthorized(authorized);
      });
    }];
}

IosNotifier::~IosNotifier() {
    UNUserNotificationCenter* center = [UNUserNotificationCenter currentNotificationCenter];
    RollwiseNotificationDelegate* delegate =
        (__bridge_transfer RollwiseNotificationDelegate*)m_delegate;
    delegate.notifier = nullptr;
    if (center.delegate == delegate) {
        center.delegate = nil;
    }
}

QString IosNotifier::keyFor(const std::string& uid) {
    return QString::number(fnv1a(uid), 16);
}

bool IosNotifier::available() const {
    return m_authorized;
}

void IosNotifier::requestAuthorization() {
    UNUserNotificationCenter* center = [UNUserNotificationCenter currentNotificationCenter];
    [center requestAuthorizationWithOptions:(UNAuthorizationOptionAlert |
                                             UNAuthorizationOptionSound)
                          completionHandler:^(BOOL granted, NSError* _Nullable error) {
                            dispatch_async(dispatch_get_main_queue(), ^{
                              this->setAuthorized(granted == YES && error == nil);
                            });
                          }];
}

bool IosNotifier::show(const ReminderNotice& notice) {
    if (!m_authorized) {
        return false;
    }
    const QString key = keyFor(notice.uid);
    // No trigger: delivered at once. The centre answers asynchronously; a failure is rare
    // (authorization withdrawn meanwhile) and then the reminder is shown on the next tick.
    UNNotificationRequest* request =
        [UNNotificationRequest requestWithIdentifier:key.toNSString()
                                             content:contentFor(notice.kind)
                                             trigger:nil];
    [[UNUserNotificationCenter currentNotificationCenter] addNotificationRequest:request
                                                           withCompletionHandler:nil];
    m_uids.insert(key, notice.uid);
    return true;
}

void IosNotifier::withdraw(const std::string& uid) {
    NSArray<NSString*>* ids = @[ keyFor(uid).toNSString() ];
    UNUserNotificationCenter* center = [UNUserNotificationCenter currentNotificationCenter];
    [center removeDeliveredNotificationsWithIdentifiers:ids];
    [center removePendingNotificationRequestsWithIdentifiers:ids];
}

void IosNotifier::scheduleAhead(const std::vector<ScheduledReminder>& schedule) {
    UNUserNotificationCenter* center = [UNUserNotificationCenter currentNotificationCenter];
    [center removeAllPendingNotificationRequests];
    std::vector<const ScheduledReminder*> ahead;
    for (const auto& r : schedule) {
        m_uids.insert(keyFor(r.uid), r.uid);
        if (!r.fired || r.snoozed) {
            ahead.push_back(&r);
        }
    }
    // The nearest first; iOS drops requests beyond its limit, so never hand it more.
    std::sort(ahead.begin(), ahead.end(),
              [](const auto* a, const auto* b) { return a->due < b->due; });
    if (ahead.size() > std::size_t(kMaxPending)) {
        ahead.resize(kMaxPending);
    }
    NSCalendar* calendar = [NSCalendar currentCalendar];
    for (const auto* r : ahead) {
        NSDate* at = [NSDate dateWithTimeIntervalSince1970:double(r->due.time_since_epoch().count())];
        // Local wall-time components without a zone: the trigger follows the device's zone.
        NSDateComponents* when =
            [calendar components:(NSCalendarUnitYear | NSCalendarUnitMonth | NSCalendarUnitDay |
                                  NSCalendarUnitHour | NSCalendarUnitMinute | NSCalendarUnitSecond)
                        fromDate:at];
        UNCalendarNotificationTrigger* trigger =
            [UNCalendarNotificationTrigger triggerWithDateMatchingComponents:when repeats:NO];
        UNNotificationRequest* request =
            [UNNotificationRequest requestWithIdentifier:keyFor(r->uid).toNSString()
                                                 content:contentFor(r->kind)
                                                 trigger:trigger];
        [center addNotificationRequest:request withCompletionHandler:nil];
    }
}

void IosNotifier::deliverAction(const QString& key, ReminderAction action) {
    const auto it = m_uids.constFind(key);
    if (it != m_uids.cend() && onAction) {
        onAction(it.value(), action);
    }
}

} // namespace rollwise::platform
