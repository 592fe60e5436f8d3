using Microsoft.Extensions.DependencyInjection;
using PuenteBot.Audit;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Escalations;

/// <summary>The audit log keeps what was appended and filters it by case, actor, action and time, newest first, paged.</summary>
public class AuditLogTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Query_filters_by_case_actor_action_and_time_newest_first_with_the_total(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var bot = db.Services();
        var audit = bot.Services.GetRequiredService<IAuditLog>();
        var ct = TestContext.Current.CancellationToken;
        var start = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
        await audit.AppendAsync(new AuditEntry(start, "ana", AuditActions.SignIn), ct);
        await audit.AppendAsync(new AuditEntry(start.AddMinutes(1), "ana", AuditActions.View, "esc-1", "fam-1"), ct);
        await audit.AppendAsync(new AuditEntry(start.AddMinutes(2), "luis", AuditActions.View, "esc-1"), ct);
        await audit.AppendAsync(new AuditEntry(start.AddMinutes(3), "ana", AuditActions.Close, "esc-1", Detail: "reached_family"), ct);
        await audit.AppendAsync(new AuditEntry(start.AddMinutes(4), "api:1", AuditActions.Acknowledge, "esc-2"), ct);

        var all = await audit.QueryAsync(new AuditQuery(PageSize: 2), ct);
        var ofCase = await audit.QueryAsync(new AuditQuery(EscalationId: "esc-1"), ct);
        var anaViews = await audit.QueryAsync(new AuditQuery(Actor: "ana", Action: AuditActions.View), ct);
        var window = await audit.QueryAsync(new AuditQuery(From: start.AddMinutes(1), To: start.AddMinutes(3)), ct);

        Assert.Equal(5, all.Total);
        Assert.Equal([AuditActions.Acknowledge, AuditActions.Close], all.Items.Select(e => e.Action));
        Assert.Equal(["ana", "luis", "ana"], ofCase.Items.Select(e => e.Actor));
        Assert.Equal(new AuditEntry(start.AddMinutes(1), "ana", AuditActions.View, "esc-1", "fam-1"), Assert.Single(anaViews.Items));
        Assert.Equal(["luis", "ana"], window.Items.Select(e => e.Actor));
        Assert.Equal("reached_family", ofCase.Items[0].Detail);
    }
}
