// The user chose snooze or done on a reminder notification.
package org.rollwise.reminders;

import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;

public final class ReminderActionReceiver extends BroadcastReceiver {
    @Override
    public void onReceive(Context context, Intent intent) {
        String key = intent.getStringExtra(ReminderNotifier.EXTRA_KEY);
        if (key == null) {
            return;
        }
        if (ReminderNotifier.ACTION_SNOOZE.equals(intent.getAction())) {
            ReminderNotifier.onAction(context, key, "snooze");
        } else if (ReminderNotifier.ACTION_DONE.equals(intent.getAction())) {
            ReminderNotifier.onAction(context, key, "done");
        }
    }
}
