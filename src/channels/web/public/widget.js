/*
 * Bạn Đồng Hành website widget. Add to any page of the Youth Union's site:
 *   <script src="https://<bot-host>/widget.js" data-lang="vi" defer></script>
 * It adds a chat button in the corner that opens the chat in a frame served by the bot.
 */
(function () {
  'use strict';
  var me = document.currentScript;
  var origin = new URL(me.src).origin;
  var lang = me.getAttribute('data-lang') || 'vi';
  var label = me.getAttribute('data-label') || (lang === 'en' ? '{{openChatEn}}' : '{{openChatVi}}');
  var closeLabel = lang === 'en' ? '{{closeEn}}' : '{{closeVi}}';
  var btn = document.createElement('button');
  btn.type = 'button';
  btn.setAttribute('aria-label', label);
  btn.title = label;
  btn.textContent = '💬';
  btn.style.cssText = 'position:fixed;right:16px;bottom:16px;z-index:2147483000;width:56px;height:56px;border-radius:50%;border:0;background:#0b5cad;color:#fff;font-size:26px;box-shadow:0 2px 8px rgba(0,0,0,.3);cursor:pointer';
  var frame = null;
  function toggle() {
    if (frame) {
      frame.remove(); frame = null; btn.textContent = '💬'; btn.setAttribute('aria-label', label);
      return;
    }
    frame = document.createElement('iframe');
    frame.src = origin + '/?embed=1&lang=' + encodeURIComponent(lang);
    frame.title = label;
    var small = window.innerWidth < 480;
    frame.style.cssText = 'position:fixed;z-index:2147483000;border:0;background:#fff;box-shadow:0 4px 24px rgba(0,0,0,.25);' +
      (small ? 'left:0;top:0;width:100%;height:calc(100% - 80px);' : 'right:16px;bottom:84px;width:380px;height:600px;max-height:calc(100% - 100px);border-radius:12px;');
    document.body.appendChild(frame);
    btn.textContent = '✕'; btn.setAttribute('aria-label', closeLabel);
  }
  btn.addEventListener('click', toggle);
  document.body.appendChild(btn);
})();
