using Microsoft.Extensions.Options;
using PuenteBot.Dialogs.Grounding;
using PuenteBot.Dialogs.Llm;
using PuenteBot.Dialogs.Recognizers;
using PuenteBot.Llm.Eval;

namespace PuenteBot.Cli;

/// <summary>
/// <c>llm eval</c>: runs the embedded question and danger sets (<see cref="EvalSets"/>) against the configured Azure
/// OpenAI deployment and prints the Markdown table (<see cref="LlmEvalReport"/>); exit 2 on wrong usage or when no
/// deployment is configured.
/// </summary>
public static class LlmCommand
{
    public const string Usage = "usage: llm eval";

    public const string NotConfigured = "llm eval needs AzureOpenAI:Endpoint and AzureOpenAI:Deployment";

    public static Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken cancellationToken) =>
        RunAsync(services, args, Console.Out, Console.Error, cancellationToken);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        if (args is not ["eval"])
        {
            await errors.WriteLineAsync(Usage);
            return 2;
        }

        if (!services.GetRequiredService<IOptions<LlmOptions>>().Value.IsConfigured)
        {
            await errors.WriteLineAsync(NotConfigured);
            return 2;
        }

        var evaluation = new LlmEvaluation(
            ActivatorUtilities.GetServiceOrCreateInstance<GroundedAnswers>(services),
            services.GetRequiredService<RiskDecider>(),
            ActivatorUtilities.GetServiceOrCreateInstance<DangerSecondOpinion>(services));
        var results = await evaluation.RunAsync(EvalSets.Questions(), EvalSets.Danger(), cancellationToken);
        await output.WriteAsync(LlmEvalReport.Render(results));
        return 0;
    }
}
