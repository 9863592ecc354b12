package org.physiokiosk.ui.staff;

import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.physiokiosk.staff.PinGate;
import org.physiokiosk.stats.EventType;
import org.physiokiosk.ui.Texts;
import org.physiokiosk.ui.attract.SlideViews;
import org.physiokiosk.ui.journey.IdleTimer;

/**
 * Staff mode's comings and goings: the hidden gesture or Ctrl+Alt+S opens the PIN keypad,
 * the right PIN opens the back office, and it locks itself after a while without a touch.
 * The host shows what it is given ({@code show}) and gets the loop back ({@code close}).
 */
public final class StaffMode {

    private final JFrame frame;
    private final StaffServices services;
    private final Texts texts;
    private final Executor work;
    private final SlideViews views;
    private final Consumer<JComponent> show;
    private final Consumer<Boolean> close;
    private final PinGate gate;
    private final PinSaving pinSaving;
    private final PinPad pad;
    private final CornerHold hold;
    private final IdleTimer idle;
    private final Timer autoLock;
    private StaffPanel panel;
    private boolean open;
    private boolean changingPin;

    /**
     * @param show  puts a staff screen in the window
     * @param close back to the patients' screens; true when something was saved (restart with it)
     */
    public StaffMode(JFrame frame, StaffServices services, Texts texts, Executor work, SlideViews views,
                     Consumer<JComponent> show, Consumer<Boolean> close) {
        this.frame = frame;
        this.services = services;
        this.texts = texts;
        this.work = work;
        this.views = views;
        this.show = show;
        this.close = close;
        var staff = services.settings().staff();
        this.gate = new PinGate(staff.lockout(), System::currentTimeMillis);
        this.pinSaving = new PinSaving(services::savePin, new StaffWork(work, SwingUtilities::invokeLater));
        this.pad = new PinPad(texts, gate, work, new PinPad.Listener() {
            @Override
            public void unlocked() {
                services.record(EventType.STAFF_LOGIN_OK);
                openPanel();
            }

            @Override
            public void cancelled() {
                finish();
            }

            @Override
            public void failed(boolean lockedNow) {
                services.record(EventType.STAFF_LOGIN_FAILED);
            }

            @Override
            public void pinChosen(char[] pin) {
                pinSaving.save(pin, new PinSaving.View() {
                    @Override
                    public void saved() {
                        if (changingPin) {
                            changingPin = false;
                            show.accept(panel);
                        } else {
                            services.record(EventType.STAFF_LOGIN_OK);
                            openPanel();
                        }
                    }

                    @Override
                    public void notSaved(String why) {
                        pad.notSaved(why); // staff read why and may try again or cancel
                    }
                });
            }
        });
        this.hold = new CornerHold(frame, staff.hold(), this::requestEntry);
        this.idle = new IdleTimer(staff.autoLock(), Duration.ZERO, System::currentTimeMillis);
        this.autoLock = new Timer(1000, e -> {
            if (open && idle.phase() != IdleTimer.Phase.ACTIVE) {
                finish();
            }
        });
    }

    /** Starts listening for the gesture and Ctrl+Alt+S. */
    public void install() {
        hold.install();
        KeyStroke keys = KeyStroke.getKeyStroke(KeyEvent.VK_S, InputEvent.CTRL_DOWN_MASK | InputEvent.ALT_DOWN_MASK);
        frame.getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(keys, "staff");
        frame.getRootPane().getActionMap().put("staff", new AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                requestEntry();
            }
        });
        autoLock.start();
    }

    public void uninstall() {
        hold.uninstall();
        autoLock.stop();
        pad.stop();
    }

    public boolean isOpen() {
        return open;
    }

    /** Any touch while staff mode is open keeps it open. */
    public void touched() {
        idle.touched();
    }

    private void requestEntry() {
        if (open) {
            return;
        }
        open = true;
        idle.touched();
        pad.start(services.settings().staff().pinHash());
        show.accept(pad);
    }

    private void openPanel() {
        idle.touched();
        panel = new StaffPanel(services, texts, work, views, this::finish, this::changePin);
        show.accept(panel);
    }

    private void changePin() {
        changingPin = true;
        pad.start("");
        show.accept(pad);
    }

    private void finish() {
        boolean saved = panel != null && panel.changed();
        open = false;
        changingPin = false;
        panel = null;
        pad.stop();
        close.accept(saved);
    }
}
