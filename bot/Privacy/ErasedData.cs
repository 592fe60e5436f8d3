namespace PuenteBot.Privacy;

/// <summary>What one deletion removed, as counts (for the audit detail and the log: never what was in the rows).</summary>
public sealed record ErasedData(int StateRows, int LogRows, int SmsContacts, int DirectLineActivities, int EscalationsRedacted, int Appointments = 0, int Outreach = 0)
{
    public override string ToString() =>
        $"state={StateRows} log={LogRows} sms_contacts={SmsContacts} directline={DirectLineActivities} escalations={EscalationsRedacted} appointments={Appointments} outreach={Outreach}";
}
