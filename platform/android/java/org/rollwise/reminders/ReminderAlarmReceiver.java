// An inexact alarm set by ReminderNotifier.schedule() went off: post its notification.
package org.rollwise.reminders;

import android.content.BroadcastReceiver;
import android.content.Context;
import android.content.Intent;

public final class ReminderAlarmReceiver extends BroadcastReceiver {
    @Override
    public void onReceive(Context context, Intent intent) {
        String key = intent.getStringExtra(ReminderNotifier.EXTRA_KEY);
        if (ReminderNotifier.ACTION_FIRE.equals(intent.getAction()) && key != null) {
            ReminderNotifier.fire(context, key);
        }
    }
}
