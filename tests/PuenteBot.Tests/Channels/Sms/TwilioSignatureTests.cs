using PuenteBot.Channels.Sms;

namespace PuenteBot.Tests.Channels.Sms;

public class TwilioSignatureTests
{
    private const string Token = "test-auth-token-not-real";

    private static readonly Dictionary<string, string> SpanishForm = new()
    {
        ["AccountSid"] = "AC" + new string('0', 32),
        ["ApiVersion"] = "2010-04-01",
        ["Body"] = "Hola, ¿cómo está? Mi hijo no quiere ir a la cita.",
        ["From"] = "+15005550006",
        ["FromCountry"] = "US",
        ["MessageSid"] = "SM" + new string('0', 31) + "1",
        ["NumMedia"] = "0",
        ["NumSegments"] = "1",
        ["To"] = "+15005550001",
    };

    public static TheoryData<string, string, Dictionary<string, object>> Cases => new()
    {
        { "https://bot.example.org/api/sms/twilio", "plain", new() },
        { "https://bot.example.org/api/sms/twilio?tenant=clinic-a&x=%20y+z", "query string", new() },
        { "https://bot.example.org:8443/api/sms/twilio", "other port", new() },
        { "http://localhost:3978/api/sms/twilio?a=1", "http with port", new() },
        { "https://bot.example.org/api/sms/twilio", "emoji and symbols", new() { ["Body"] = "Me quiero morir 😔 & no sé qué hacer +" } },
        { "https://bot.example.org/api/sms/twilio", "empty body", new() { ["Body"] = string.Empty } },
        { "https://bot.example.org/api/sms/twilio", "lower-case name sorts after upper", new() { ["aaa"] = "1", ["ZZZ"] = "2", ["MediaUrl0"] = "https://api.twilio.com/x?y=1" } },
        { "https://bot.example.org/api/sms/twilio", "repeated name", new() { ["MediaUrl0"] = new[] { "b", "a", "b" } } },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Computes_the_signature_the_twilio_package_computes(string url, string because, Dictionary<string, object> extra)
    {
        var form = SpanishForm.ToDictionary(p => p.Key, p => (object)p.Value);
        foreach (var (name, value) in extra)
        {
            form[name] = value;
        }

        var node = (await TwilioNode.SignAsync([new TwilioNode.SignatureCase(Token, url, form)]))[0];

        Assert.True(node.Signature == TwilioSignature.Compute(Token, url, Parameters(form)), because);
        Assert.True(TwilioSignature.IsValid(Token, node.Signature, url, Parameters(form)), because);
    }

    [Theory]
    [InlineData("https://bot.example.org/api/sms/twilio?tenant=a", "https://bot.example.org:443/api/sms/twilio?tenant=a")]
    [InlineData("https://bot.example.org:443/api/sms/twilio", "https://bot.example.org/api/sms/twilio")]
    [InlineData("http://bot.example.org/api/sms/twilio", "http://bot.example.org:80/api/sms/twilio")]
    [InlineData("https://bot.example.org/api/sms/twilio", "https://bot.example.org:8443/api/sms/twilio")]
    public async Task Accepts_the_url_with_and_without_a_port_as_the_package_does(string signedUrl, string receivedUrl)
    {
        var form = SpanishForm.ToDictionary(p => p.Key, p => (object)p.Value);
        var node = (await TwilioNode.SignAsync([new TwilioNode.SignatureCase(Token, signedUrl, form, [receivedUrl])]))[0];

        Assert.True(node.Valid[receivedUrl]);
        Assert.True(TwilioSignature.IsValid(Token, node.Signature, receivedUrl, Parameters(form)));
    }

    [Theory]
    [InlineData("http://bot.example.org/api/sms/twilio", "scheme")]
    [InlineData("https://bot.example.org/api/sms/twilio?tenant=b", "query")]
    [InlineData("https://other.example.org/api/sms/twilio", "host")]
    public async Task Rejects_a_signature_made_for_another_url(string receivedUrl, string because)
    {
        var form = SpanishForm.ToDictionary(p => p.Key, p => (object)p.Value);
        const string signedUrl = "https://bot.example.org/api/sms/twilio";
        var node = (await TwilioNode.SignAsync([new TwilioNode.SignatureCase(Token, signedUrl, form, [receivedUrl])]))[0];

        Assert.False(node.Valid[receivedUrl], because);
        Assert.False(TwilioSignature.IsValid(Token, node.Signature, receivedUrl, Parameters(form)), because);
    }

    [Fact]
    public void Rejects_a_changed_body_a_missing_signature_and_another_token()
    {
        const string url = "https://bot.example.org/api/sms/twilio";
        var signature = TwilioSignature.Compute(Token, url, Parameters(SpanishForm.ToDictionary(p => p.Key, p => (object)p.Value)));
        var changed = SpanishForm.ToDictionary(p => p.Key, p => (object)p.Value);
        changed["Body"] += " ";

        Assert.False(TwilioSignature.IsValid(Token, signature, url, Parameters(changed)));
        Assert.False(TwilioSignature.IsValid(Token, null, url, Parameters(changed)));
        Assert.False(TwilioSignature.IsValid("another-token", signature, url, Parameters(SpanishForm.ToDictionary(p => p.Key, p => (object)p.Value))));
    }

    [Fact]
    public void Matches_the_published_reference_vector() =>
        Assert.Equal("0/KCTR6DLpKmkAf8muzZqo1nDgQ=", TwilioSignature.Compute("12345", "https://mycompany.com/myapp.php?foo=1&bar=2", Parameters(new()
        {
            ["CallSid"] = "CA1234567890ABCDE",
            ["Caller"] = "+12349013030",
            ["Digits"] = "1234",
            ["From"] = "+12349013030",
            ["To"] = "+18005551212",
        })));

    private static List<KeyValuePair<string, IReadOnlyList<string>>> Parameters(Dictionary<string, object> form) =>
        [.. form.Select(p => KeyValuePair.Create(p.Key, p.Value as IReadOnlyList<string> ?? [(string)p.Value]))];
}
