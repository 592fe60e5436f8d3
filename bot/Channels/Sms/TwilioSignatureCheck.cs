using Microsoft.Extensions.Options;

namespace PuenteBot.Channels.Sms;

/// <summary>Reads a Twilio form post and checks its <c>X-Twilio-Signature</c> when <c>Sms:Twilio:AuthToken</c> is set.</summary>
public sealed class TwilioSignatureCheck(IOptions<SmsOptions> options, ILogger<TwilioSignatureCheck> logger)
{
    private int warnedUnsigned;

    public sealed record Outcome(IFormCollection? Form, IResult? Refusal);

    /// <summary>
    /// The form when the request is an authentic Twilio post; otherwise the refusal: 403 without reading the body for
    /// a post with no signature when one is required, 400 for no form, 413 for an oversized one, 403 for a bad signature.
    /// </summary>
    public async Task<Outcome> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (options.Value.Twilio.AuthToken.Length > 0 && request.Headers[TwilioSignature.Header].ToString().Length == 0)
        {
            SmsLog.SignatureRejected(logger);
            return new(null, TypedResults.StatusCode(StatusCodes.Status403Forbidden));
        }

        if (!request.HasFormContentType)
        {
            return new(null, TypedResults.BadRequest("Expected Twilio's form post (application/x-www-form-urlencoded)."));
        }

        if (await TwilioForm.ReadAsync(request, cancellationToken) is not { } form)
        {
            return new(null, TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        if (IsAuthentic(request, form))
        {
            return new(form, null);
        }

        SmsLog.SignatureRejected(logger);
        return new(null, TypedResults.StatusCode(StatusCodes.Status403Forbidden));
    }

    private bool IsAuthentic(HttpRequest request, IFormCollection form)
    {
        var settings = options.Value;
        if (settings.Twilio.AuthToken.Length == 0)
        {
            if (Interlocked.Exchange(ref warnedUnsigned, 1) == 0)
            {
                SmsLog.Unsigned(logger);
            }

            return true;
        }

        return TwilioSignature.IsValid(
            settings.Twilio.AuthToken,
            request.Headers[TwilioSignature.Header].ToString(),
            TwilioRequest.PublicUrl(request, settings.PublicBaseUrl),
            TwilioRequest.Parameters(form));
    }
}
