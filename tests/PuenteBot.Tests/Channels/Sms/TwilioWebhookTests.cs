using System.Net;
using PuenteBot.Tests.Support;

namespace PuenteBot.Tests.Channels.Sms;

public class TwilioWebhookTests
{
    private const string Token = "test-auth-token-not-real";
    private const string PublicBase = "https://bot.example.org";

    private static BotApplicationFactory Bot() => new(new Dictionary<string, string?>
    {
        ["Sms:Twilio:AuthToken"] = Token,
        ["Sms:PublicBaseUrl"] = PublicBase,
    });

    [Theory]
    [InlineData("https://bot.example.org/api/sms/twilio?tenant=clinic-a", "/api/sms/twilio?tenant=clinic-a")]
    [InlineData("https://bot.example.org:443/api/sms/twilio?tenant=clinic-a&lang=es", "/api/sms/twilio?tenant=clinic-a&lang=es")]
    [InlineData("https://bot.example.org/api/sms/twilio", "/api/sms/twilio")]
    public async Task A_request_signed_by_the_twilio_package_gets_the_twiml_the_package_writes(string signedUrl, string path)
    {
        NodeScript.RequireInstalled();
        await using var bot = Bot();
        var sms = new SmsWebhookClient(bot.CreateClient());
        var form = sms.Form("Hola, ¿cómo está? Quiero saber de las citas 😔 & más +");
        var signature = await TwilioNode.SignAsync(Token, signedUrl, form);

        var reply = await sms.PostAsync(form, signature, path);

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.NotEmpty(reply.Messages);
        Assert.Equal(await TwilioNode.TwimlAsync(reply.Messages), reply.Body);
    }

    [Fact]
    public async Task The_empty_answer_is_the_packages_empty_response()
    {
        NodeScript.RequireInstalled();
        await using var bot = Bot();
        var sms = new SmsWebhookClient(bot.CreateClient());
        var form = sms.Form("STOP");

        var reply = await sms.PostAsync(form, await TwilioNode.SignAsync(Token, PublicBase + "/api/sms/twilio", form));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.Empty(reply.Messages);
        Assert.Equal(await TwilioNode.TwimlAsync([]), reply.Body);
    }

    [Theory]
    [InlineData("body", "https://bot.example.org/api/sms/twilio")]
    [InlineData("scheme", "http://bot.example.org/api/sms/twilio")]
    [InlineData("query", "https://bot.example.org/api/sms/twilio?tenant=other")]
    [InlineData("token", "https://bot.example.org/api/sms/twilio")]
    [InlineData("missing", "https://bot.example.org/api/sms/twilio")]
    public async Task A_tampered_or_unsigned_request_is_forbidden(string tamper, string signedUrl)
    {
        NodeScript.RequireInstalled();
        await using var bot = Bot();
        var sms = new SmsWebhookClient(bot.CreateClient());
        var form = sms.Form("hola");
        var signature = await TwilioNode.SignAsync(tamper == "token" ? "another-token" : Token, signedUrl, form);
        if (tamper == "body")
        {
            form["Body"] = "hola ";
        }

        var reply = await sms.PostAsync(form, tamper == "missing" ? string.Empty : signature);

        Assert.Equal(HttpStatusCode.Forbidden, reply.Status);
        Assert.DoesNotContain("Exception", reply.Body);
    }

    [Fact]
    public async Task Without_a_configured_token_the_webhook_answers_unsigned_posts()
    {
        await using var bot = new BotApplicationFactory();
        var reply = await new SmsWebhookClient(bot.CreateClient()).SendAsync("hola");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.NotEmpty(reply.Messages);
    }

    [Fact]
    public async Task A_post_that_is_not_a_twilio_form_is_a_bad_request()
    {
        await using var bot = new BotApplicationFactory();
        var client = bot.CreateClient();

        var json = await client.PostAsync("/api/sms/twilio", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        var noSender = await new SmsWebhookClient(client).PostAsync(new Dictionary<string, string> { ["Body"] = "hola" });

        Assert.Equal(HttpStatusCode.BadRequest, json.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noSender.Status);
    }
}
