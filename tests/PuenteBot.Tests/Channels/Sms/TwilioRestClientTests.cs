using System.Net;
using PuenteBot.Channels.Sms;

namespace PuenteBot.Tests.Channels.Sms;

public class TwilioRestClientTests
{
    private const string To = "+15005550006";
    private const string From = "+15005550001";
    private const string Callback = FakeTwilioBot.PublicBase + "/api/sms/twilio/status";

    [Fact]
    public async Task Sends_the_request_the_twilio_package_sends()
    {
        await using var bot = new FakeTwilioBot();
        const string body = "Hola, ¿cómo está? Aquí tiene la guía & más 😊";
        var expected = await TwilioNode.CreateMessageRequestAsync(FakeTwilioBot.AccountSid, FakeTwilioBot.AuthToken, To, From, body, Callback);

        var result = await bot.Service<TwilioRestClient>().SendAsync(To, From, body, Callback, TestContext.Current.CancellationToken);

        var sent = Assert.Single(bot.Api.Requests);
        Assert.Equal(TwilioSendStatus.Accepted, result.Status);
        Assert.StartsWith("SM", result.MessageSid);
        Assert.Equal((string)expected["method"]!, sent.Method.Method);
        Assert.Equal((string)expected["path"]!, sent.Uri.AbsolutePath);
        Assert.Equal("https://api.twilio.com", sent.Uri.GetLeftPart(UriPartial.Authority));
        Assert.Equal((string)expected["authorization"]!, sent.Authorization);
        var form = expected["form"]!.AsObject().ToDictionary(p => p.Key, p => (string)p.Value!);
        Assert.Equal(form.OrderBy(p => p.Key), sent.Form.OrderBy(p => p.Key));
    }

    [Fact]
    public async Task An_opted_out_recipient_is_reported_and_not_retried()
    {
        await using var bot = new FakeTwilioBot();
        bot.Api.Answer(HttpStatusCode.BadRequest, """{"code":21610,"message":"Attempt to send to unsubscribed recipient","status":400}""");

        var result = await bot.Service<TwilioRestClient>().SendAsync(To, From, "Hola", null, TestContext.Current.CancellationToken);

        Assert.Equal(TwilioSendStatus.OptedOut, result.Status);
        Assert.Equal(21610, result.ErrorCode);
        Assert.Single(bot.Api.Requests);
    }

    [Fact]
    public async Task A_transient_failure_is_retried_with_backoff()
    {
        await using var bot = new FakeTwilioBot();
        bot.Api.Answer(HttpStatusCode.ServiceUnavailable, "{}");
        bot.Api.Answer(HttpStatusCode.TooManyRequests, """{"code":20429,"status":429}""");

        var result = await bot.Service<TwilioRestClient>().SendAsync(To, From, "Hola", null, TestContext.Current.CancellationToken);

        Assert.Equal(TwilioSendStatus.Accepted, result.Status);
        Assert.Equal(3, bot.Api.Requests.Count);
        Assert.All(bot.Api.Requests, r => Assert.Equal("Hola", r.Form["Body"]));
    }

    [Fact]
    public async Task Another_refusal_is_a_failure_with_twilios_code()
    {
        await using var bot = new FakeTwilioBot();
        bot.Api.Answer(HttpStatusCode.BadRequest, """{"code":21211,"message":"Invalid 'To' Phone Number","status":400}""");

        var result = await bot.Service<TwilioRestClient>().SendAsync("nope", From, "Hola", null, TestContext.Current.CancellationToken);

        Assert.Equal((TwilioSendStatus.Failed, 21211, 400), (result.Status, result.ErrorCode, result.HttpStatus));
        Assert.Single(bot.Api.Requests);
    }
}
