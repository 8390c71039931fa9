// Rollwise reminders on Android (docs/reminders.md): the Java half of AndroidNotifier
// (platform/android/android_notifier.cpp), called through JNI.
//
// - show(): a notification now (NotificationManager), with the actions snooze and done and a tap
//   that opens the app.
// - schedule(): an inexact alarm (AlarmManager.setWindow) that posts the notification later, even
//   with the app closed. Exact alarms would need SCHEDULE_EXACT_ALARM from Android 12 on; a
//   reminder does not need the minute.
// - Alarms are lost on reboot: they are also kept in SharedPreferences (an opaque key, the time
//   and the generic words, never a zone or a reaction) and ReminderBootReceiver sets them again.
// - The user's snooze and done reach the C++ side through nativeOnAction() when the app runs;
//   otherwise they wait in SharedPreferences until takePendingActions(). A snooze also sets the
//   alarm again at once, so it holds with the app closed.
// - POST_NOTIFICATIONS is a run-time permission from Android 13 (API 33): requestPermission().
package org.rollwise.reminders;

import android.app.Activity;
import android.app.AlarmManager;
import android.app.Notification;
import android.app.NotificationChannel;
import android.app.NotificationManager;
import android.app.PendingIntent;
import android.content.Context;
import android.content.Intent;
import android.content.SharedPreferences;
import android.content.pm.PackageManager;
import android.graphics.drawable.Icon;
import android.os.Build;

import java.util.ArrayList;
import java.util.Map;

public final class ReminderNotifier {
    static final String CHANNEL = "rollwise-reminders";
    static final String EXTRA_KEY = "org.rollwise.reminders.KEY";
    static final String ACTION_FIRE = "org.rollwise.reminders.FIRE";
    static final String ACTION_SNOOZE = "org.rollwise.reminders.SNOOZE";
    static final String ACTION_DONE = "org.rollwise.reminders.DONE";
    private static final String PREFS = "rollwise-reminders";
    private static final String PENDING = "pending-actions";
    private static final String SNOOZE_MINUTES = "snooze-minutes";
    private static final String POST_NOTIFICATIONS = "android.permission.POST_NOTIFICATIONS";
    private static final int PERMISSION_REQUEST = 0x5257;
    // Android lets an alarm fire anywhere in this window; it batches wake-ups that way.
    private static final long WINDOW_MILLIS = 10L * 60L * 1000L;

    // True while the C++ side has registered nativeOnAction (the app's process is running).
    private static volatile boolean sAttached = false;

    private ReminderNotifier() {}

    // ---- Called from C++ (AndroidNotifier) ---------------------------------------------------

    public static void attach(boolean attached) {
        sAttached = attached;
    }

    // Whether notifications can be shown: the permission (Android 13+) and the user's setting.
    public static boolean available(Context context) {
        if (Build.VERSION.SDK_INT >= 33
                && context.checkSelfPermission(POST_NOTIFICATIONS)
                        != PackageManager.PERMISSION_GRANTED) {
            return false;
        }
        NotificationManager manager = context.getSystemService(NotificationManager.class);
        // areNotificationsEnabled() is API 24; Qt 6.4's minimum is 23.
        return manager != null
                && (Build.VERSION.SDK_INT < 24 || manager.areNotificationsEnabled());
    }

    // Asks for POST_NOTIFICATIONS on Android 13+ (a no-op before: the permission is implied).
    public static void requestPermission(Activity activity) {
        if (Build.VERSION.SDK_INT >= 33
                && activity.checkSelfPermission(POST_NOTIFICATIONS)
                        != PackageManager.PERMISSION_GRANTED) {
            activity.requestPermissions(new String[] {POST_NOTIFICATIONS}, PERMISSION_REQUEST);
        }
    }

    public static void setSnoozeMinutes(Context context, int minutes) {
        prefs(context).edit().putInt(SNOOZE_MINUTES, minutes).apply();
    }

    public static boolean show(Context context, String key, String title, String body) {
        if (!available(context)) {
            return false;
        }
        NotificationManager manager = context.getSystemService(NotificationManager.class);
        ensureChannel(context, manager);
        manager.notify(notificationId(key), build(context, key, title, body));
        return true;
    }

    public static void schedule(Context context, String key, String title, String body,
                                long atMillis) {
        prefs(context).edit().putString("alarm:" + key, atMillis + "\n" + title + "\n" + body)
                .apply();
        setAlarm(context, key, atMillis);
    }

    public static void cancel(Context context, String key) {
        prefs(context).edit().remove("alarm:" + key).apply();
        AlarmManager alarms = context.getSystemService(AlarmManager.class);
        if (alarms != null) {
            alarms.cancel(alarmIntent(context, key));
        }
        NotificationManager manager = context.getSystemService(NotificationManager.class);
        if (manager != null) {
            manager.cancel(notificationId(key));
        }
    }

    // Actions the user took while the app was not running, as "key\taction" (action: snooze or
    // done), oldest first; they are removed from storage.
    public static String[] takePendingActions(Context context) {
        SharedPreferences prefs = prefs(context);
        String stored = prefs.getString(PENDING, "");
        prefs.edit().remove(PENDING).apply();
        ArrayList<String> out = new ArrayList<>();
        for (String line : stored.split("\n")) {
            if (!line.isEmpty()) {
                out.add(line);
            }
        }
        return out.toArray(new String[0]);
    }

    // Implemented in C++ (android_notifier.cpp), registered with RegisterNatives.
    private static native void nativeOnAction(String key, String action);

    // ---- Called by the receivers --------------------------------------------------------------

    // ReminderAlarmReceiver: the alarm for `key` went off.
    static void fire(Context context, String key) {
        String stored = prefs(context).getString("alarm:" + key, null);
        if (stored == null) {
            return; // cancelled meanwhile
        }
        String[] parts = stored.split("\n", 3);
        prefs(context).edit().remove("alarm:" + key).apply();
        if (parts.length == 3) {
            show(context, key, parts[1], parts[2]);
        }
    }

    // ReminderActionReceiver: the user chose snooze or done.
    static void onAction(Context context, String key, String action) {
        NotificationManager manager = context.getSystemService(NotificationManager.class);
        if (manager != null) {
            manager.cancel(notificationId(key));
        }
        if ("snooze".equals(action)) {
            long minutes = prefs(context).getInt(SNOOZE_MINUTES, 60);
            // The words of the notification are kept by show(); reuse them for the snooze.
            String words = prefs(context).getString("words:" + key, null);
            if (words != null) {
                String[] parts = words.split("\n", 2);
                schedule(context, key, parts[0], parts.length > 1 ? parts[1] : "",
                        System.currentTimeMillis() + minutes * 60L * 1000L);
            }
        }
        if (sAttached) {
            try {
                nativeOnAction(key, action);
                return;
            } catch (UnsatisfiedLinkError notLoaded) {
                // The process was started for this broadcast: keep the action for later.
            }
        }
        SharedPreferences prefs = prefs(context);
        String pending = prefs.getString(PENDING, "");
        prefs.edit().putString(PENDING, pending + key + "\t" + action + "\n").apply();
    }

    // ReminderBootReceiver: alarms do not survive a reboot; set every stored one again (one
    // whose time has passed fires at once, so a reminder missed while off is caught up).
    static void rescheduleAll(Context context) {
        for (Map.Entry<String, ?> entry : prefs(context).getAll().entrySet()) {
            if (!entry.getKey().startsWith("alarm:") || !(entry.getValue() instanceof String)) {
                continue;
            }
            String key = entry.getKey().substring("alarm:".length());
            String[] parts = ((String) entry.getValue()).split("\n", 3);
            try {
                setAlarm(context, key, Long.parseLong(parts[0]));
            } catch (NumberFormatException damaged) {
                prefs(context).edit().remove(entry.getKey()).apply();
            }
        }
    }

    // ---- Helpers ------------------------------------------------------------------------------

    private static SharedPreferences prefs(Context context) {
        return context.getSharedPreferences(PREFS, Context.MODE_PRIVATE);
    }

    private static int notificationId(String key) {
        return key.hashCode();
    }

    private static void setAlarm(Context context, String key, long atMillis) {
        AlarmManager alarms = context.getSystemService(AlarmManager.class);
        if (alarms == null) {
            return;
        }
        long start = Math.max(atMillis, System.currentTimeMillis());
        alarms.setWindow(AlarmManager.RTC_WAKEUP, start, WINDOW_MILLIS, alarmIntent(context, key));
    }

    private static PendingIntent alarmIntent(Context context, String key) {
        Intent intent = new Intent(context, ReminderAlarmReceiver.class);
        intent.setAction(ACTION_FIRE);
        intent.putExtra(EXTRA_KEY, key);
        return PendingIntent.getBroadcast(context, notificationId(key), intent,
                PendingIntent.FLAG_UPDATE_CURRENT | PendingIntent.FLAG_IMMUTABLE);
    }

    private static PendingIntent actionIntent(Context context, String key, String action,
                                              int request) {
        Intent intent = new Intent(context, ReminderActionReceiver.class);
        intent.setAction(action);
        intent.putExtra(EXTRA_KEY, key);
        return PendingIntent.getBroadcast(context, request, intent,
                PendingIntent.FLAG_UPDATE_CURRENT | PendingIntent.FLAG_IMMUTABLE);
    }

    private static void ensureChannel(Context context, NotificationManager manager) {
        if (Build.VERSION.SDK_INT >= 26 && manager.getNotificationChannel(CHANNEL) == null) {
            manager.createNotificationChannel(new NotificationChannel(
                    CHANNEL, "Reminders", NotificationManager.IMPORTANCE_DEFAULT));
        }
    }

    private static Notification build(Context context, String key, String title, String body) {
        prefs(context).edit().putString("words:" + key, title + "\n" + body).apply();
        Notification.Builder builder = Build.VERSION.SDK_INT >= 26
                ? new Notification.Builder(context, CHANNEL)
                : new Notification.Builder(context);
        int icon = context.getApplicationInfo().icon;
        Intent open = context.getPackageManager().getLaunchIntentForPackage(
                context.getPackageName());
        int id = notificationId(key);
        builder.setSmallIcon(icon)
                .setContentTitle(title)
                .setContentText(body)
                .setAutoCancel(true)
                // The lock screen shows only "Rollwise", never the body.
                .setVisibility(Notification.VISIBILITY_PRIVATE)
                .addAction(new Notification.Action.Builder(
                        Icon.createWithResource(context, icon), "Snooze",
                        actionIntent(context, key, ACTION_SNOOZE, id ^ 1)).build())
                .addAction(new Notification.Action.Builder(
                        Icon.createWithResource(context, icon), "Done",
                        actionIntent(context, key, ACTION_DONE, id ^ 2)).build());
        if (open != null) {
            builder.setContentIntent(PendingIntent.getActivity(context, id, open,
                    PendingIntent.FLAG_UPDATE_CURRENT | PendingIntent.FLAG_IMMUTABLE));
        }
        return builder.build();
    }

}
