package io.pmobuyin.preview.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C as the preview server's stop signal: the JVM's shutdown hook releases the command, then
 * waits (a few seconds at most) for the server to close before the process goes.
 */
public final class CtrlC implements ServeCommand.StopSignal {

  private static final long CLOSE_WAIT_SECONDS = 5;

  private final CountDownLatch pressed = new CountDownLatch(1);
  private final CountDownLatch closed = new CountDownLatch(1);

  private CtrlC() {}

  public static CtrlC install() {
    CtrlC signal = new CtrlC();
    Runtime.getRuntime().addShutdownHook(new Thread(signal::onShutdown, "pmo-buyin-stop"));
    return signal;
  }

  @Override
  public void await() throws InterruptedException {
    pressed.await();
  }

  @Override
  public void closed() {
    closed.countDown();
  }

  private void onShutdown() {
    pressed.countDown();
    try {
      closed.await(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
