import rule from '../../../../src/core/rules/feedback/clickable-non-interactive.js';
import assert from 'node:assert/strict';
import { lintWithRule, testRule } from '../../helpers/ruleTester.js';

testRule(rule, {
  html: {
    valid: [
      '<button onclick="open()">Open</button>',
      '<div role="button" tabindex="0" onclick="open()" onkeydown="key(event)">Open</div>',
      '<div onclick="track()"><button>Buy</button></div>',
      '<div onclick="close()" aria-hidden="true"></div>',
      // A drawing surface: clicks are pointer gestures, not a control.
      '<canvas id="sketch" width="300" height="150" onclick="paint(event)"></canvas>',
      // A row click is a shortcut to the link inside the row.
      '<table><tr onclick="openRow(4)"><td>Order 4</td><td><a href="/orders/4">View</a></td></tr></table>',
      '<table><tr><td onclick="sortBy(\'name\')">Name</td></tr></table>',
      '<div class="modal-backdrop" onclick="closeModal()"></div>',
      '<div aria-hidden="true"><span onclick="zoom()">+</span></div>',
      '<ul role="listbox" aria-activedescendant="o1"><li id="o1" role="option" onmousedown="pick(1)">One</li></ul>',
      '<div role="slider" tabindex="0" aria-valuenow="3" onkeydown="step(event)"></div>',
    ],
    invalid: [
      {
        code: '<div ⟦onclick="open()"⟧>Open</div>',
        details: [/^<div> is clickable but has no role, tabindex or key handler$/],
        fixed: '<div role="button" tabindex="0" onclick="open()">Open</div>',
      },
      { code: '<span role="button" ⟦onclick="open()"⟧>Open</span>', details: [/has no tabindex or key handler$/] },
      { code: '<li tabindex="0" ⟦onclick="pick(1)"⟧>One</li>', details: [/has no role or key handler$/] },
      '<img src="x.png" alt="Close" ⟦onclick="close()"⟧>',
      {
        code: '<span role="separator" ⟦onclick="toggle()"⟧></span>',
        details: [/^<span role="separator"> is clickable but has no interactive role, tabindex or key handler$/],
      },
      // A role that promises a control, key handling, but Tab never gets there.
      {
        code: '<div role="slider" aria-valuenow="3" ⟦onkeydown="step(event)"⟧></div>',
        details: [/cannot be reached with the Tab key/],
        fixed: '<div tabindex="0" role="slider" aria-valuenow="3" onkeydown="step(event)"></div>',
      },
      '<span role="button" ⟦onmousedown="startDrag()"⟧>Move</span>',
      // Made focusable on purpose, so the row must answer Enter too.
      '<table><tr tabindex="0" ⟦onclick="openRow(4)"⟧><td>Order 4</td></tr></table>',
    ],
  },
  jsx: {
    valid: [
      'const A = () => <button onClick={open}>Open</button>;',
      'const A = () => <div role="button" tabIndex={0} onClick={open} onKeyDown={onKey}>Open</div>;',
      // A role set at run time, with a tabindex and keys: the author made it a control.
      'const A = () => <div role={readOnly ? undefined : "button"} tabIndex={readOnly ? undefined : 0} onClick={open} onKeyDown={onKey}>Chart</div>;',
      // A dialog's empty background, closed with Escape too.
      'const A = () => <div className="Modal__background" onClick={closeOnClickOutside ? onClose : undefined} />;',
      // A result the arrow keys highlight from the search field (kept in view when highlighted).
      'const A = () => <div className="result" onClick={pick} ref={(el) => { if (highlighted) el?.scrollIntoView({ block: "nearest" }); }}>Result</div>;',
      'const A = () => <Card onClick={open}>Open</Card>;',
      'const A = () => <div role="presentation" onClick={stop}><span /></div>;',
      // Stopping propagation keeps a click inside a popover; it is not an action.
      'const A = () => <div className="menu" onClick={(e) => e.stopPropagation()}><Menu /></div>;',
      'const A = () => <span onClick={stopPropagation}>{children}</span>;',
      // A handler made by a factory that only stops the event.
      'const A = () => <span className="highlight" onClick={stopBubble()}>{children}</span>;',
      // Wrappers: the click bubbles from a control inside, which the keyboard reaches.
      'const A = () => <div className="copy" onClick={copy}><ActionIcon label="Copy"><IconCopy /></ActionIcon></div>;',
      'const A = () => <div onClick={copy}><Styled className="flex"><ActionIcon><IconCopy /></ActionIcon></Styled></div>;',
      'const A = () => <div className="header" onClick={toggle}><span>Title</span><div tabIndex={0} onKeyDown={onKey}><Chevron /></div></div>;',
      // Event delegation: the handler asks which link inside was clicked.
      'const A = () => <ul onClick={(e) => { if ((e.target as HTMLElement).closest("a")) close(); }}>{items.map((item) => <MenuItem key={item.id} item={item} />)}</ul>;',
      'const A = () => { const onLink = (event) => { const href = event.target.getAttribute("href"); if (href) go(href); }; return <div onClick={onLink}><Markdown content={text} /></div>; };',
      'const A = () => <div aria-hidden onClick={() => zoomIn()}><Icon /></div>;',
      'const A = () => <span aria-hidden={true} onClick={onPick}>★</span>;',
      'const A = () => <canvas ref={ref} onClick={(e) => draw(e.clientX, e.clientY)} />;',
      'const A = () => <tr onClick={() => openOrder(order.id)}><td>{order.number}</td></tr>;',
      'const A = () => <td onClick={() => select(cell)}>{cell.value}</td>;',
      'const A = () => <div className="sheet-backdrop" onClick={onDismiss} />;',
      'const A = () => <div onClick={() => setOpen(false)} />;',
      'const A = () => <a href="/photo/3"><img src="p.jpg" alt="Photo" onClick={track} /></a>;',
      'const A = () => <div tabIndex={-1} onClick={focusEditor}><div contentEditable /></div>;',
      'const A = () => <ul role="listbox" onKeyDown={move}><li role="option" onClick={() => pick(1)}>One</li></ul>;',
      // Only what the caller passes in (a dropdown's trigger), or that or one control.
      'const A = ({ children }) => <div onClick={() => (open ? close() : show())}>{children}</div>;',
      'const A = (props) => <div className="actions" onClick={expand}>{props.actions}</div>;',
      'const A = ({ children }) => <div onClick={save}>{children ? children : (<Styled className="flex"><ActionIcon><IconSave /></ActionIcon></Styled>)}</div>;',
      'const A = ({ children }) => <div onClick={copy}>{children ?? <IconButton label="Copy" />}</div>;',
      // A click that only moves focus to the field inside, which Tab reaches.
      'const A = () => <div className="input-wrap" onClick={() => { if (ref.current) ref.current.focus(); }}><span>€</span><Primitive ref={ref} /></div>;',
      // A click on the element's own empty space (a calendar day's blank area, a backdrop).
      'const A = () => <div className="day" onClick={(e) => { if (e.target === e.currentTarget) createAt(day); }}>{events.map((ev) => <Chip key={ev.id} event={ev} />)}</div>;',
      'const A = () => <div className="day" onClick={(e) => { if (e.target !== e.currentTarget || dragging) return; createAt(day); }}>{label}</div>;',
      // Backdrops named in code, and the shapes of a chart.
      'const A = () => <div className={styles.backdrop} role="dialog" aria-modal="true" onClick={handleBackdropClick}><div className={styles.modal}>{body}</div></div>;',
      'const A = () => <g onMouseEnter={enter} onClick={(event) => onClick?.(slice, event)}><path d={arc} /></g>;',
      'const A = () => <rect x={x} y={y} width={w} height={h} onClick={() => drill(bar)} />;',
    ],
    invalid: [
      {
        code: 'const A = () => <div ⟦onClick={open}⟧>Open</div>;',
        fixed: 'const A = () => <div role="button" tabIndex={0} onClick={open}>Open</div>;',
      },
      'const A = () => <li key={i} ⟦onClick={() => pick(i)}⟧>{i}</li>;',
      'const A = () => <tr ⟦onClick={() => go(row)}⟧ tabIndex={0}><td>{row.name}</td></tr>;',
      'const A = () => <span role="link" tabIndex={0} ⟦onClick={go}⟧>More</span>;',
      // A close icon has something to read (its alt text): it is a control, not a backdrop.
      'const A = () => <div ⟦onClick={onClose}⟧><img src={x} alt="Close" /></div>;',
      'const A = () => <span className="toggle" ⟦onClick={() => setOpen(!open)}⟧>Details</span>;',
      // An icon that toggles a section has nothing to read, but it is a control, not a backdrop.
      'const A = () => <span className="caret" ⟦onClick={() => setExpanded(!expanded)}⟧><i className="icon-caret" /></span>;',
      'const A = () => <span className="grip" role="separator" ⟦onClick={() => toggleSize()}⟧ />;',
      {
        code: 'const A = () => <div role="tab" aria-selected={on} ⟦onPointerDown={select}⟧>Prices</div>;',
        fixed: 'const A = () => <div tabIndex={0} role="tab" aria-selected={on} onPointerDown={select}>Prices</div>;',
      },
      'const A = () => <div role="button" onKeyDown={onKey} ⟦onClick={onClick}⟧>Go</div>;',
      // A component not named for a control (it may render a plain element), or a focusable
      // child that answers no keys: the wrapper is still the control.
      'const A = () => <div className="card" ⟦onClick={open}⟧><Avatar user={user} /><span>{user.name}</span></div>;',
      // A row with its own text beside a small control: the row's click is its main action.
      'const A = () => <div className="row" ⟦onClick={openItem}⟧><ActionIcon><Chevron onClick={collapse} /></ActionIcon><span>{item.name}</span></div>;',
      'const A = () => <div className="row" ⟦onClick={open}⟧><span tabIndex={0}>Title</span></div>;',
      // Reading the event's target for something else is not delegation.
      'const A = () => <div ⟦onClick={(e) => setValue(e.target.value)}⟧>Pick</div>;',
      // Asking so to ignore clicks from a part, then acting on the card itself.
      'const A = () => <div className="card" ⟦onClick={(e) => { if (e.target.closest(".card-menu")) return; open(); }}⟧>{name}</div>;',
      // Words from a prop are not a control passed in; nor is `children` beside words.
      'const A = ({ label }) => <div ⟦onClick={open}⟧>{label}</div>;',
      'const A = ({ children }) => <div ⟦onClick={open}⟧>{children} more</div>;',
      'const CopyButton = ({ children }) => <span className="cursor-pointer" ⟦onClick={copy}⟧>{children}</span>;',
      // Focusing something and doing more is an action of its own.
      'const A = () => <div ⟦onClick={() => { setOpen(true); ref.current.focus(); }}⟧>Search</div>;',
      // A function named select picks something; it does not move focus.
      'const A = () => <div ⟦onClick={() => select()}⟧>Plan A</div>;',
      // A shape made focusable without keys is still reported.
      'const A = () => <rect tabIndex={0} ⟦onClick={() => drill(bar)}⟧ />;',
    ],
  },
});

describe('feedback/clickable-non-interactive: why, for the element in front of the person', () => {
  it('should name the element, not a div, when a <li> is clickable', () => {
    const [finding] = lintWithRule(rule, '<ul><li onclick="pick(2)">Two</li></ul>', 'html', {}).findings;
    assert.match(finding?.why ?? '', /this clickable <li>/);
  });

  it('should name the role of an element Tab cannot reach', () => {
    const [finding] = lintWithRule(
      rule,
      '<div role="switch" aria-checked="false" onkeyup="flip()">Wi-Fi</div>',
      'html',
      {},
    ).findings;
    assert.match(finding?.why ?? '', /never reach this switch with the Tab key/);
  });
});
