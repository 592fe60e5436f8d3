using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PuenteBot.Channels.Sms;
using PuenteBot.Tests.Channels.Sms;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Hosting.Limits;

/// <summary>With an auth token configured, a webhook post without <c>X-Twilio-Signature</c> is 403 before its body is read.</summary>
public sealed class TwilioUnsignedTests
{
    [Fact]
    public async Task An_unsigned_post_is_refused_without_reading_the_form()
    {
        var options = Options.Create(new SmsOptions { Twilio = new TwilioOptions { AuthToken = "test-auth-token-not-real" } });
        var check = new TwilioSignatureCheck(options, NullLogger<TwilioSignatureCheck>.Instance);
        var http = new DefaultHttpContext();
        http.Request.Method = "POST";
        http.Request.ContentType = "application/x-www-form-urlencoded";
        http.Request.Body = new UnreadableBody();

        var outcome = await check.ReadAsync(http.Request, TestContext.Current.CancellationToken);

        Assert.Null(outcome.Form);
        var status = Assert.IsAssignableFrom<IStatusCodeHttpResult>(outcome.Refusal);
        Assert.Equal(StatusCodes.Status403Forbidden, status.StatusCode);
    }

    [Fact]
    public async Task An_unsigned_post_to_the_webhook_is_403_and_a_signed_one_is_answered()
    {
        await using var bot = new BotApplicationFactory(new Dictionary<string, string?>
        {
            ["Sms:Twilio:AuthToken"] = "test-auth-token-not-real",
            ["Sms:PublicBaseUrl"] = "https://bot.example.org",
        });
        var unsigned = new SmsWebhookClient(bot.CreateClient());
        var signed = new SmsWebhookClient(bot.CreateClient(), authToken: "test-auth-token-not-real");

        var refused = await unsigned.SendAsync("hola");
        var answered = await signed.SendAsync("hola");

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(HttpStatusCode.OK, answered.Status);
    }
}
