namespace PuenteBot.Audit;

/// <summary>The values of <c>audit_log.action</c>: who signed in, viewed, joined, wrote, claimed, closed, exported…</summary>
public static class AuditActions
{
    public const string SignIn = "sign_in";
    public const string SignInFailed = "sign_in_failed";
    public const string SignOut = "sign_out";
    public const string SignOutEverywhere = "sign_out_everywhere";
    public const string View = "view";
    public const string ContactView = "contact_view";
    public const string Join = "join";
    public const string TakeOver = "take_over";
    public const string Message = "message";
    public const string HandBack = "hand_back";
    public const string Claim = "claim";
    public const string Assign = "assign";
    public const string Acknowledge = "acknowledge";
    public const string Close = "close";
    public const string Note = "note";
    public const string Repage = "repage";
    public const string Export = "export";
    public const string Enrol = "enrol";
    public const string ExportFamily = "export_family";
    public const string DeleteFamily = "delete_family";
    public const string VisitBook = "visit_book";
    public const string VisitChange = "visit_change";
    public const string VisitCancel = "visit_cancel";
    public const string Attendance = "attendance";
    public const string RemindersConsent = "reminders_consent";
    public const string FollowUp = "follow_up";

    public static IReadOnlyList<string> All { get; } =
        [SignIn, SignInFailed, SignOut, SignOutEverywhere, View, ContactView, Join, TakeOver, Message, HandBack, Claim, Assign, Acknowledge, Close, Note, Repage, Export, Enrol, ExportFamily, DeleteFamily, VisitBook, VisitChange, VisitCancel, Attendance, RemindersConsent, FollowUp];
}
