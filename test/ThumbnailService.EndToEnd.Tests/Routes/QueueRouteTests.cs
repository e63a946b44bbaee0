using System.Globalization;
using System.Net;
using System.Text.Json;
using Amazon.SQS.Model;
using ThumbnailService.EndToEnd.Tests.Infrastructure;
using ThumbnailService.EndToEnd.Tests.Infrastructure.Moto;
using ThumbnailService.Local.Queue;

namespace ThumbnailService.EndToEnd.Tests.Routes;

/// <summary>
/// The template's SQS route under real queue semantics (moto's SQS): S3 notifications in ThumbnailQueue, our event source
/// poller feeding the real bootstrap with the template's batch size and ReportBatchItemFailures, failed messages
/// reappearing after the queue's visibility timeout and moving to the dead-letter queue after maxReceiveCount receives.
/// </summary>
public sealed class QueueRouteTests(MotoQueueFixture fixture) : IClassFixture<MotoQueueFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private int MaxReceiveCount => int.Parse(fixture.Template.Parameter("QueueMaxReceiveCount"), CultureInfo.InvariantCulture);

    [RequiresFact("make")]
    public async Task Queues_CreatedFromTheTemplate_HaveItsVisibilityTimeoutAndRedrive()
    {
        var attributes = await fixture.Sqs.GetQueueAttributesAsync(fixture.QueueUrl, ["All"]);

        Assert.Equal(MotoQueueFixture.VisibilityTimeoutSeconds, attributes.Attributes["VisibilityTimeout"]);
        using var redrive = JsonDocument.Parse(attributes.Attributes["RedrivePolicy"]);
        Assert.Equal(fixture.Template.Inputs.Attributes["ThumbnailDeadLetterQueue.Arn"], redrive.RootElement.GetProperty("deadLetterTargetArn").GetString());
        Assert.Equal(MaxReceiveCount.ToString(CultureInfo.InvariantCulture), redrive.RootElement.GetProperty("maxReceiveCount").ToString());
    }

    [RequiresFact("make")]
    public async Task PoisonMessage_FailsEveryReceive_EndsInDeadLetterQueueAndNothingElseIsLost()
    {
        string[] keys = ["queue/one.jpg", "queue/two.jpg", "queue/three.jpg"];
        foreach (var key in keys)
        {
            await fixture.S3.PutAsync(fixture.SourceBucket, key, Images.Jpeg(120, 60));
        }

        var poison = (await fixture.Sqs.SendMessageAsync(fixture.QueueUrl, """{"note":"not an S3 notification"}""")).MessageId;
        var deadBefore = await MotoQueues.CountAsync(fixture.Sqs, fixture.DeadLetterQueueUrl);
        var batchesBefore = fixture.Poller.Journal.Completed.Count;

        await using (var polling = fixture.StartPolling())
        {
            await polling.UntilAsync(Eventually.HoldsAsync(
                async () => await MotoQueues.CountAsync(fixture.Sqs, fixture.DeadLetterQueueUrl) > deadBefore, Patience, "the poison message is in the dead-letter queue"));
        }

        var batches = fixture.Poller.Journal.Completed.Skip(batchesBefore).ToList();
        var deliveries = batches.SelectMany(batch => batch.Messages).GroupBy(message => message.MessageId).ToDictionary(group => group.Key, group => group.Count());
        Assert.Equal(MaxReceiveCount, deliveries[poison]);
        Assert.All(batches.Where(batch => batch.Messages.Any(m => m.MessageId == poison)), batch => Assert.Equal([poison], batch.Failed));
        Assert.Contains(batches, batch => batch.Messages.Count > 1 && batch.Failed.Count == 1); // a partial batch: the others were deleted
        Assert.All(deliveries.Where(entry => entry.Key != poison), entry => Assert.Equal(1, entry.Value));
        var dead = await fixture.Sqs.ReceiveMessageAsync(new ReceiveMessageRequest { QueueUrl = fixture.DeadLetterQueueUrl, MaxNumberOfMessages = 10 });
        Assert.Equal([poison], dead.Messages.Select(message => message.MessageId));
        await fixture.Sqs.DeleteMessageAsync(fixture.DeadLetterQueueUrl, dead.Messages[0].ReceiptHandle);
        Assert.Equal(0, await MotoQueues.CountAsync(fixture.Sqs, fixture.QueueUrl));
        foreach (var key in keys)
        {
            using var small = Images.Decode((await fixture.S3.GetBytesAsync(fixture.ThumbnailBucket, "small/" + key))!);
            Assert.Equal((24, 24), (small.Width, small.Height));
        }
    }

    [RequiresFact("make")]
    public async Task TransientS3Fault_FirstReceiveFails_NextReceiveMakesTheThumbnails()
    {
        const string key = "queue/transient.jpg";
        var encoded = WebUtility.UrlEncode(key).Replace("%2f", "%2F", StringComparison.Ordinal); // moto's quote_plus form
        bool Carries(PolledBatch batch) => batch.Messages.Any(message => message.Body.Contains(encoded, StringComparison.Ordinal));
        var rule = fixture.Proxy.Add(new FaultRule("GET", $"/{fixture.SourceBucket}/{key}", FaultKind.SlowDown, Count: int.MaxValue)
        {
            Until = () => fixture.Poller.Journal.Count(batch => Carries(batch) && batch.Failed.Count > 0) > 0,
        });
        var deadBefore = await MotoQueues.CountAsync(fixture.Sqs, fixture.DeadLetterQueueUrl);
        await fixture.S3.PutAsync(fixture.SourceBucket, key, Images.Jpeg(120, 60));

        PolledBatch healed;
        await using (var polling = fixture.StartPolling())
        {
            healed = await polling.UntilAsync(
                fixture.Poller.Journal.WaitForAsync(batch => Carries(batch) && batch.Failed.Count == 0, CancellationToken.None).WaitAsync(Patience));
        }

        Assert.InRange(rule.Injected, 1, 10);
        // Up to the healing batch: one failed receive, then the next one. (A delivery after it would be the visibility
        // timeout, shortened for the test, running out during a slow invocation: what the template's 6x rule prevents.)
        var attempts = fixture.Poller.Journal.Completed.TakeWhile(batch => batch != healed).Where(Carries).ToList();
        Assert.Single(attempts);
        Assert.NotEmpty(attempts[0].Failed);
        // The next receive, whatever the count started at (a long poll cancelled at the end of another test may already
        // have taken the message once: SQS counts that receive too).
        Assert.Equal(ReceiveCount(attempts[0]) + 1, ReceiveCount(healed));
        Assert.NotNull(await fixture.S3.GetBytesAsync(fixture.ThumbnailBucket, "large/" + key));
        Assert.Equal(deadBefore, await MotoQueues.CountAsync(fixture.Sqs, fixture.DeadLetterQueueUrl));

        int ReceiveCount(PolledBatch batch) => batch.Messages.Single(message => message.Body.Contains(encoded, StringComparison.Ordinal)).ReceiveCount;
    }
}
