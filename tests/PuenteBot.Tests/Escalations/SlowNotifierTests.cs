namespace PuenteBot.Tests.Escalations;

/// <summary>A notifier that hangs holds up neither the other notifiers nor the next escalations.</summary>
public class SlowNotifierTests
{
    [Fact]
    public async Task While_Teams_hangs_every_escalation_still_reaches_the_webhook()
    {
        await using var webhook = await EscalationReceiver.StartAsync();
        await using var teams = await EscalationReceiver.StartAsync();
        var hang = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        teams.Answer = _ => hang.Task;
        var settings = EscalationSettings.With(webhookUrl: webhook.Url, teamsUrl: teams.Url);
        settings["Escalation:Delivery:AttemptTimeout"] = "00:10:00";
        try
        {
            await using var bot = new DeliveryBot(settings);
            foreach (var conversation in new[] { "conv-a", "conv-b", "conv-c" })
            {
                await bot.SayAsync(conversation, "I want to kill myself");
            }

            await webhook.WaitUntilAsync(r => r.Processed.Count == 3);
            await teams.WaitUntilAsync(r => r.Requests.Count == 3);

            Assert.Empty(teams.Processed);
        }
        finally
        {
            hang.TrySetResult(200);
        }
    }
}
